using KapImmersive.Audio.Loudness;
using ScottPlot;

namespace KapImmersive.Cli.Plots;

/// <summary>The lower panel of <see cref="AudioPlot"/>: momentary and short-term loudness over time, and the target.</summary>
internal static class LoudnessPlot
{
    /// <summary>At most this many points a line: about one per pixel, however long the render.</summary>
    private const int MaxPoints = 2000;

    private const double QuietestShownLufs = -70;

    public static void Draw(Plot plot, LoudnessMeter meter, double targetLufs)
    {
        var momentary = Series(meter, LoudnessMeter.MomentarySubBlocks);
        var shortTerm = Series(meter, LoudnessMeter.ShortTermSubBlocks);
        var line = plot.Add.ScatterLine(momentary.Times, momentary.Lufs, Colors.SteelBlue.WithAlpha(0.6));
        line.LegendText = "momentary (400 ms)";
        line = plot.Add.ScatterLine(shortTerm.Times, shortTerm.Lufs, Colors.Black);
        line.LineWidth = 2;
        line.LegendText = "short-term (3 s)";
        var target = plot.Add.HorizontalLine(targetLufs, 2, Colors.SeaGreen, LinePattern.Dashed);
        target.LegendText = $"preset's target ({targetLufs:0.0} LUFS)";

        var shown = momentary.Lufs.Concat(shortTerm.Lufs).Append(targetLufs).ToList();
        plot.Axes.SetLimitsY(Math.Min(-50, Math.Floor(shown.Min() / 10) * 10), Math.Max(-10, Math.Ceiling(shown.Max() / 10) * 10));
        plot.YLabel("loudness (LUFS)");
        plot.ShowLegend(Alignment.LowerRight);
    }

    /// <summary>The loudness of each window ending at evenly spaced sub-blocks, at the time its window ends; silence left out.</summary>
    private static (double[] Times, double[] Lufs) Series(LoudnessMeter meter, int windowSubBlocks)
    {
        var count = meter.SubBlockPowers.Count;
        var points = Math.Min(count, MaxPoints);
        var times = new List<double>(points);
        var lufs = new List<double>(points);
        for (var i = 0; i < points; i++)
        {
            var last = (int)((i + 1L) * count / points) - 1;
            var loudness = meter.Window(last, windowSubBlocks);
            if (loudness >= QuietestShownLufs)
            {
                times.Add((last + 1) * LoudnessMeter.SubBlockSeconds);
                lufs.Add(loudness);
            }
        }

        return (times.ToArray(), lufs.ToArray());
    }
}
