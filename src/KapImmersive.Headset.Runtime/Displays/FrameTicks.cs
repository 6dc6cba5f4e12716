namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>
/// The ticks of a timer-paced display: a periodic timer of the injected <see cref="TimeProvider"/> wakes the
/// frame loop's own thread, so a test's fake clock can run a long session in moments. Ticks that come while a frame is
/// still being drawn merge into one, and the frame that follows counts as missed.
/// </summary>
internal sealed class FrameTicks : IDisposable
{
    private readonly SemaphoreSlim _tick = new(0, int.MaxValue);
    private readonly ITimer _timer;
    private int _pending;

    public FrameTicks(TimeProvider time, double framesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(time);
        var period = TimeSpan.FromSeconds(1 / framesPerSecond);
        _timer = time.CreateTimer(_ => Signal(), null, period, period);
    }

    /// <summary>Waits for the next tick; true when ticks were missed while the last frame was drawn.</summary>
    public bool WaitNext(CancellationToken cancellationToken)
    {
        _tick.Wait(cancellationToken);
        var extra = Interlocked.Exchange(ref _pending, 0) - 1;
        for (var i = 0; i < extra; i++)
        {
            _tick.Wait(0, CancellationToken.None);
        }

        return extra > 0;
    }

    public void Dispose()
    {
        _timer.Dispose();
        _tick.Dispose();
    }

    private void Signal()
    {
        Interlocked.Increment(ref _pending);
        _tick.Release();
    }
}
