using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Sound;

namespace KapImmersive.Headset.Runtime.Session;

/// <summary>
/// What the console learns of a running session besides its state and events, the same whatever display and pacer:
/// each frame's timing, telemetry every TelemetryIntervalSeconds and, when the clinic allows it, a small preview every
/// PreviewIntervalSeconds. A frame with nothing due allocates nothing.
/// </summary>
internal sealed class SessionReporter
{
    private readonly HeadsetRuntimeOptions _options;
    private readonly ISessionLink _link;
    private readonly IHeadsetDisplay _display;
    private readonly IHeadsetSound? _sound;
    private readonly SessionClock _clock;
    private double _nextTelemetry;
    private double _nextPreview;

    /// <param name="start">The session time of the first frame; the first telemetry and preview are due an interval after it.</param>
    public SessionReporter(HeadsetRuntimeOptions options, ISessionLink link, IHeadsetDisplay display, IHeadsetSound? sound, SessionClock clock, double start)
    {
        _options = options;
        _link = link;
        _display = display;
        _sound = sound;
        _clock = clock;
        _nextTelemetry = start + options.TelemetryIntervalSeconds;
        _nextPreview = start + options.PreviewIntervalSeconds;
    }

    public FrameStats Stats { get; } = new();

    /// <param name="workMilliseconds">How long the frame's own work took, without the wait for its turn.</param>
    /// <param name="missed">Whether the frame came later than its turn, so the patient saw one picture for longer.</param>
    public void AfterFrame(HeadsetLoop loop, double now, double workMilliseconds, bool missed)
    {
        Stats.Add(workMilliseconds, missed);
        if (now >= _nextTelemetry)
        {
            _nextTelemetry = now + _options.TelemetryIntervalSeconds;
            SendTelemetry(loop, now);
        }

        if (_options.PreviewEnabled && now >= _nextPreview)
        {
            _nextPreview = now + _options.PreviewIntervalSeconds;
            if (_display.CapturePreview(loop.LastFrame, loop.LastView, _options.PreviewMaxBytes) is { } jpeg)
            {
                _link.PublishPreview(jpeg);
            }
        }
    }

    private void SendTelemetry(HeadsetLoop loop, double now)
    {
        var (p50, p99) = Stats.Percentiles();
        _link.PublishTelemetry(new TelemetryMessage
        {
            At = _clock.ToWall(now),
            HeadMotion = Math.Round(loop.HeadMotion.ReadAndReset(), 2),
            FrameMillisecondsP50 = Math.Round(p50, 3),
            FrameMillisecondsP99 = Math.Round(p99, 3),
            MissedFrames = Stats.Missed,
            AudioUnderruns = _sound?.Underruns ?? 0,
        });
    }
}
