using KapImmersive.Audio.Loudness;

namespace KapImmersive.Audio.Analysis;

/// <summary>
/// A picture of a render for a therapist: the spectrogram on top (30 Hz at the bottom to 16 kHz, dark to bright
/// from -100 to -20 dBFS) and the loudness below: momentary in dim blue, short-term in white, the preset's target
/// as a green line, on a scale from -50 to -10 LUFS with a grey line every 10 LU. Time runs left to right.
/// </summary>
public static class AudioPlot
{
    public const int Width = 1000;
    public const int SpectrogramHeight = 300;
    public const int LevelHeight = 200;
    private const double LowestLufs = -50;
    private const double HighestLufs = -10;

    public static async Task WriteAsync(string path, Spectrogram spectrogram, LoudnessMeter meter, double targetLufs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spectrogram);
        ArgumentNullException.ThrowIfNull(meter);
        const int height = SpectrogramHeight + LevelHeight;
        var rgb = new byte[Width * height * 3];
        DrawSpectrogram(rgb, spectrogram);
        for (var lufs = LowestLufs; lufs <= HighestLufs; lufs += 10)
        {
            HorizontalLine(rgb, LevelRow(lufs), (60, 60, 70));
        }

        HorizontalLine(rgb, LevelRow(targetLufs), (60, 200, 90));
        var blocks = meter.SubBlockPowers.Count;
        for (var x = 0; x < Width && blocks > 0; x++)
        {
            var last = (int)((x + 1L) * blocks / Width) - 1;
            Plot(rgb, x, meter.Window(last, 4), (90, 110, 200));
            Plot(rgb, x, meter.Window(last, 30), (240, 240, 240));
        }

        await PngWriter.WriteAsync(path, Width, height, rgb, cancellationToken);
    }

    private static void DrawSpectrogram(byte[] rgb, Spectrogram spectrogram)
    {
        var columns = spectrogram.Columns;
        for (var x = 0; x < Width && columns.Count > 0; x++)
        {
            var column = columns[Math.Min(columns.Count - 1, x * columns.Count / Width)];
            for (var y = 0; y < SpectrogramHeight; y++)
            {
                var row = (SpectrogramHeight - 1 - y) * column.Length / SpectrogramHeight;
                var t = Math.Clamp((column[row] + 100) / 80.0, 0, 1);
                Set(rgb, x, y, ((byte)(255 * Math.Min(1, t * 1.6)), (byte)(255 * t * t), (byte)(90 + (120 * Math.Sin(Math.PI * t)))));
            }
        }
    }

    private static int LevelRow(double lufs) =>
        SpectrogramHeight + (int)Math.Round((HighestLufs - Math.Clamp(lufs, LowestLufs, HighestLufs)) / (HighestLufs - LowestLufs) * (LevelHeight - 1));

    private static void Plot(byte[] rgb, int x, double lufs, (byte R, byte G, byte B) colour)
    {
        if (double.IsFinite(lufs) && lufs >= LowestLufs)
        {
            Set(rgb, x, LevelRow(lufs), colour);
        }
    }

    private static void HorizontalLine(byte[] rgb, int y, (byte R, byte G, byte B) colour)
    {
        for (var x = 0; x < Width; x++)
        {
            Set(rgb, x, y, colour);
        }
    }

    private static void Set(byte[] rgb, int x, int y, (byte R, byte G, byte B) colour)
    {
        var i = ((y * Width) + x) * 3;
        (rgb[i], rgb[i + 1], rgb[i + 2]) = colour;
    }
}
