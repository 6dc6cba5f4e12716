using System.Globalization;
using KapImmersive.Audio.Analysis;
using KapImmersive.Audio.Loudness;
using ScottPlot;

namespace KapImmersive.Cli.Plots;

/// <summary>
/// A picture of a render for a therapist (ScottPlot): the spectrogram on top, frequency on a log scale in Hz against
/// time in seconds, its colour the level in dBFS; below it the loudness over the same time, momentary (400 ms) and
/// short-term (3 s) in LUFS, with the preset's target as a line. Both share the time axis, and every axis says its unit.
/// </summary>
/// <remarks>
/// It lives in the command line, not in the audio engine: ScottPlot draws with SkiaSharp's native library, and the audio
/// engine also runs in the headset runtime, which must load in a browser with no native code.
/// </remarks>
internal static class AudioPlot
{
    public const int Width = 1400;
    public const int Height = 1000;

    /// <summary>How finely the spectrogram is collected: about one column per horizontal pixel of its data area.</summary>
    public const int SpectrogramColumns = 1000;
    public const int SpectrogramRows = 240;

    private const double QuietestDbfs = -100;
    private const double LoudestDbfs = -20;
    private static readonly double[] FrequencyTicks = [50, 100, 200, 500, 1000, 2000, 5000, 10_000];

    /// <summary>Writes the plot as PNG; <paramref name="title"/> names the render (preset, length).</summary>
    public static void Write(string path, Spectrogram spectrogram, LoudnessMeter meter, string title, double targetLufs)
    {
        ArgumentNullException.ThrowIfNull(spectrogram);
        ArgumentNullException.ThrowIfNull(meter);
        var figure = new Multiplot();
        figure.AddPlots(2);
        var spectrum = figure.GetPlot(0);
        var loudness = figure.GetPlot(1);
        var seconds = Math.Max(spectrogram.Columns.Count * spectrogram.SecondsPerColumn, meter.SubBlockPowers.Count * LoudnessMeter.SubBlockSeconds);
        DrawSpectrogram(spectrum, spectrogram, title);
        LoudnessPlot.Draw(loudness, meter, targetLufs);
        foreach (var plot in new[] { spectrum, loudness })
        {
            // The same margins keep the two data areas one above the other, so a moment lines up in both.
            plot.Layout.Fixed(new PixelPadding(left: 90, right: 190, bottom: 55, top: 45));
            plot.Axes.SetLimitsX(0, Math.Max(seconds, 1));
            plot.XLabel("time (s)");
        }

        figure.SavePng(path, Width, Height);
    }

    private static void DrawSpectrogram(Plot plot, Spectrogram spectrogram, string title)
    {
        var columns = spectrogram.Columns;
        var rows = columns.Count > 0 ? columns[0].Length : 1;
        var levels = new double[rows, Math.Max(columns.Count, 1)];
        for (var x = 0; x < columns.Count; x++)
        {
            for (var row = 0; row < rows; row++)
            {
                // The heatmap's first row is its top: the highest frequency.
                levels[rows - 1 - row, x] = Math.Clamp(columns[x][row], QuietestDbfs, LoudestDbfs);
            }
        }

        var lowest = Math.Log10(Spectrogram.LowestHz);
        var highest = Math.Log10(Spectrogram.HighestHz);
        var heatmap = plot.Add.Heatmap(levels);
        heatmap.Colormap = new ScottPlot.Colormaps.Inferno();
        heatmap.ManualRange = new ScottPlot.Range(QuietestDbfs, LoudestDbfs);
        heatmap.Extent = new CoordinateRect(0, Math.Max(columns.Count, 1) * spectrogram.SecondsPerColumn, lowest, highest);
        var colourBar = plot.Add.ColorBar(heatmap);
        colourBar.Label = "level (dBFS)";

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var hz in FrequencyTicks)
        {
            ticks.AddMajor(Math.Log10(hz), hz >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{hz / 1000:0}k") : hz.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.SetLimitsY(lowest, highest);
        plot.YLabel("frequency (Hz, log scale)");
        plot.Title(title);
    }
}
