using KapImmersive.Rendering;

namespace KapImmersive.Bench;

/// <summary>
/// Charges GPU time to the renderer's passes: at each pass it waits for the GPU (glFinish) and gives that pass the
/// time on <paramref name="clock"/> (milliseconds) since the last mark. Waiting between passes costs a little itself,
/// so the sum exceeds a frame drawn freely.
/// </summary>
internal sealed class PassTimes(Action finish, Func<double> clock) : IRenderPassObserver
{
    private readonly Dictionary<string, List<double>> _times = [];
    private readonly List<string> _order = [];
    private double _mark;

    public IReadOnlyList<string> Passes => _order;

    /// <summary>Waits for the GPU and starts timing the next pass from now.</summary>
    public void Mark()
    {
        finish();
        _mark = clock();
    }

    public void PassSubmitted(string pass)
    {
        finish();
        var now = clock();
        if (!_times.TryGetValue(pass, out var times))
        {
            times = [];
            _times[pass] = times;
            _order.Add(pass);
        }

        times.Add(now - _mark);
        _mark = now;
    }

    /// <summary>The pass's median time over the frames drawn, summed over the draws of one frame (both eyes).</summary>
    public double MedianPerFrame(string pass, int drawsPerFrame)
    {
        var times = _times[pass];
        var perFrame = new List<double>();
        for (var i = 0; i + drawsPerFrame <= times.Count; i += drawsPerFrame)
        {
            perFrame.Add(times.Skip(i).Take(drawsPerFrame).Sum());
        }

        return Median(perFrame);
    }

    public void Clear()
    {
        _times.Clear();
        _order.Clear();
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
