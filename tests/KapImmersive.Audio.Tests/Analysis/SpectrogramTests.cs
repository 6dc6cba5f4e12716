using KapImmersive.Audio.Analysis;
using KapImmersive.Audio.Tests.Support;

namespace KapImmersive.Audio.Tests.Analysis;

public sealed class SpectrogramTests
{
    [Fact]
    public void A_1_kHz_tone_is_brightest_in_the_row_of_1_kHz_in_every_column()
    {
        const int rows = 240;
        var spectrogram = new Spectrogram(10, 100, rows);
        spectrogram.Add(Signals.Steps((-30, 5), (-20, 5)));

        Assert.Equal(100, spectrogram.Columns.Count);
        Assert.All(spectrogram.Columns, column =>
        {
            var loudest = column.Select((db, row) => (db, row)).MaxBy(c => c.db).row;
            var hz = Spectrogram.LowestHz * Math.Pow(Spectrogram.HighestHz / Spectrogram.LowestHz, (loudest + 0.5) / rows);
            Assert.InRange(hz, 950, 1050);
        });
    }

    [Fact]
    public void Each_column_stands_for_an_equal_stretch_of_the_programme_and_reads_its_level()
    {
        var spectrogram = new Spectrogram(10, 100, 240);
        spectrogram.Add(Signals.Steps((-30, 5), (-20, 5)));

        Assert.Equal(0.1, spectrogram.SecondsPerColumn, 3);
        var first = spectrogram.Columns[10].Max();
        var last = spectrogram.Columns[90].Max();
        Assert.InRange(last - first, 9, 11);
    }
}
