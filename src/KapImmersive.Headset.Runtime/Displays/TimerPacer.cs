using KapImmersive.Headset.Runtime.Session;

namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>
/// Paces frames by a timer of the injected <see cref="TimeProvider"/> where no headset does (headless, window, no
/// display). A display may ask for the session to end before any frame (a window's close button): the patient is
/// then brought back gently, exactly as after a stop.
/// </summary>
public sealed class TimerPacer : IFramePacer
{
    private readonly TimeProvider _time;
    private readonly double _framesPerSecond;
    private readonly Func<string?> _endRequest;

    /// <param name="endRequest">Checked before each frame: the reason the display wants the session ended gently, or null.</param>
    public TimerPacer(TimeProvider time, double framesPerSecond, Func<string?>? endRequest = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(framesPerSecond);
        _time = time;
        _framesPerSecond = framesPerSecond;
        _endRequest = endRequest ?? (() => null);
    }

    public void Run(HeadsetSession session, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(session);
        using var ticks = new FrameTicks(_time, _framesPerSecond);
        while (!session.HasEnded)
        {
            bool missed;
            try
            {
                missed = ticks.WaitNext(session.IsEnding ? CancellationToken.None : stopping);
            }
            catch (OperationCanceledException)
            {
                session.EndGently(HeadsetSession.ShutdownReason);
                continue;
            }

            if (_endRequest() is { } reason)
            {
                session.EndGently(reason);
            }

            session.Frame(session.Now(), missed);
        }
    }
}
