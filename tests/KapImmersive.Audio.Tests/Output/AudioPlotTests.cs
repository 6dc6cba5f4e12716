using System.Buffers.Binary;
using System.IO.Compression;
using KapImmersive.Audio.Analysis;
using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Tests.Support;

namespace KapImmersive.Audio.Tests.Output;

public sealed class AudioPlotTests : IDisposable
{
    private readonly Fixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public async Task The_plot_is_a_PNG_of_the_spectrogram_over_the_loudness()
    {
        var samples = Signals.Steps((-30, 5), (-20, 5));
        var meter = new LoudnessMeter();
        var spectrogram = new Spectrogram(10, AudioPlot.Width, AudioPlot.SpectrogramHeight);
        meter.Add(samples);
        spectrogram.Add(samples);
        var path = _fixtures.Path("plot.png");
        await AudioPlot.WriteAsync(path, spectrogram, meter, -23, CancellationToken.None);

        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        Assert.Equal(AudioPlot.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(AudioPlot.SpectrogramHeight + AudioPlot.LevelHeight, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        var idatLength = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(33));
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(png, 41, idatLength), CompressionMode.Decompress))
        {
            await zlib.CopyToAsync(inflated);
        }

        Assert.Equal((AudioPlot.SpectrogramHeight + AudioPlot.LevelHeight) * ((AudioPlot.Width * 3) + 1), inflated.Length);

        // The 1 kHz tone is the brightest row of the spectrogram.
        var loudest = spectrogram.Columns[^1].Select((db, row) => (db, row)).MaxBy(c => c.db);
        var hz = Spectrogram.LowestHz * Math.Pow(Spectrogram.HighestHz / Spectrogram.LowestHz, (loudest.row + 0.5) / AudioPlot.SpectrogramHeight);
        Assert.InRange(hz, 950, 1050);
    }
}
