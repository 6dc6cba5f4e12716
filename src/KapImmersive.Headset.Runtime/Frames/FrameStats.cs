namespace KapImmersive.Headset.Runtime.Frames;

/// <summary>
/// Frame timing for telemetry: how long the loop's work took (a ring of the last frames, for p50 and p99) and how
/// many frames were missed. Reading the percentiles sorts into a buffer made once, so it allocates nothing.
/// </summary>
public sealed class FrameStats
{
    private readonly double[] _milliseconds = new double[1024];
    private readonly double[] _sorted = new double[1024];
    private int _count;
    private int _next;

    public long Frames { get; private set; }

    public long Missed { get; private set; }

    public void Add(double workMilliseconds, bool missed)
    {
        _milliseconds[_next] = workMilliseconds;
        _next = (_next + 1) % _milliseconds.Length;
        _count = Math.Min(_count + 1, _milliseconds.Length);
        Frames++;
        if (missed)
        {
            Missed++;
        }
    }

    public (double P50, double P99) Percentiles()
    {
        if (_count == 0)
        {
            return (0, 0);
        }

        Array.Copy(_milliseconds, _sorted, _count);
        Array.Sort(_sorted, 0, _count);
        return (_sorted[(_count - 1) / 2], _sorted[(int)Math.Ceiling(_count * 0.99) - 1]);
    }
}
