using System.Globalization;

namespace KapImmersive.Bench;

/// <summary>One printed line of latency figures: p50, p99, max and mean in milliseconds.</summary>
internal static class MessagingFigures
{
    public static string Line(string setup, string what, IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{setup}  {what,-48} p50 {Percentile(sorted, 0.50),7:0.000} ms  p99 {Percentile(sorted, 0.99),7:0.000} ms  max {sorted[^1],8:0.000} ms  mean {sorted.Average(),7:0.000} ms");
    }

    /// <summary>The value below which the share <paramref name="q"/> of the figures lie (nearest rank).</summary>
    public static double Percentile(IReadOnlyCollection<double> milliseconds, double q) => Percentile(milliseconds.Order().ToArray(), q);

    private static double Percentile(double[] sorted, double q) => sorted[Math.Max(0, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
