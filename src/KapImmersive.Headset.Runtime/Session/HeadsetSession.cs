using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Sound;

namespace KapImmersive.Headset.Runtime.Session;

/// <summary>
/// One session on a headset, whatever its display: the frame loop, the patient's input the display offers, the sound,
/// the reports to the console and the gentle end. A pacer calls <see cref="Frame"/> once a frame on one thread (the
/// display's); only <see cref="Post"/> and <see cref="ReportWorn"/> may be called from any thread, and they take effect
/// at the next frame.
/// </summary>
public sealed class HeadsetSession : IDisposable
{
    /// <summary>The reason a session ends when the app is stopped.</summary>
    public const string ShutdownReason = "headset-shutdown";

    private readonly HeadsetSessionParts _parts;
    private readonly IHeadsetSound? _sound;
    private readonly SessionReporter _reporter;
    private readonly ConcurrentQueue<SessionCommand> _posted = new();
    private long _headsetCommands;
    private volatile bool _halted;

    /// <param name="openSound">Opens the session's sound for its first frame; null for a silent session (simulated patients).</param>
    public HeadsetSession(HeadsetSessionParts parts, IHeadsetDisplay display, Func<SceneFrame, IHeadsetSound?>? openSound = null)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(display);
        _parts = parts;
        Display = display;
        var now = Now();
        var start = SessionReducer.Start(parts.StartPreset, now);
        _sound = openSound?.Invoke(SceneComposer.Compose(start, now));
        IFrameOutput[] outputs = _sound is null ? [display] : [display, _sound];
        Loop = new HeadsetLoop(new SessionReducer(parts.Presets), start, parts.Link, Now, outputs, parts.Log, parts.Options.DwellSeconds);
        Input = display.CreateInput(new PatientInputContext(parts.Script, () => Loop.State));
        parts.Link.Publish(new Transition(start, []), now);
        _sound?.Start();
        _reporter = new SessionReporter(parts.Options, parts.Link, display, _sound, parts.Clock, now);
    }

    public HeadsetLoop Loop { get; }

    public IHeadsetDisplay Display { get; }

    public IPatientInput Input { get; }

    public FrameStats Stats => _reporter.Stats;

    /// <summary>True once the session is bringing the patient back because the app, the window or the headset's runtime asked.</summary>
    public bool IsEnding { get; private set; }

    /// <summary>True once that gentle return is over, or the session was halted: the pacer stops.</summary>
    public bool HasEnded => _halted || (IsEnding && Loop.State.Phase == SessionPhase.Ended);

    /// <summary>The session clock's time now, in session seconds.</summary>
    public double Now() => _parts.Clock.ToSession(_parts.Time.GetUtcNow());

    /// <summary>Runs one frame for the instant <paramref name="now"/> and reports it; returns the frame's instant.</summary>
    /// <param name="missed">Whether the frame came later than its turn.</param>
    public double Frame(double now, bool missed)
    {
        // Work time is the machine's, whatever clock the session runs on (a test's may stand still).
        var started = Stopwatch.GetTimestamp();
        while (_posted.TryDequeue(out var command))
        {
            if (!IsNoChange(command))
            {
                Loop.Apply(command, now);
            }
        }

        now = Loop.Tick(now, Input);
        _reporter.AfterFrame(Loop, now, Stopwatch.GetElapsedTime(started).TotalMilliseconds, missed);
        return now;
    }

    /// <summary>Brings the patient back gently (over ShutdownReturnSeconds) before the session ends; asking again changes nothing.</summary>
    public void EndGently(string reason)
    {
        if (IsEnding)
        {
            return;
        }

        IsEnding = true;

        // A headset's runtime dates frames by when they will be seen, a little ahead of the clock: the return starts no earlier than the last frame.
        Loop.Apply(new EndSession(reason, SessionReducer.HeadsetIssuer, _parts.Options.ShutdownReturnSeconds), Math.Max(Now(), Loop.LastFrame.Time));
    }

    /// <summary>
    /// Stops the frames at once, with no gentle return: only for simulated patients and tests being torn down, never
    /// with a patient in the headset. Any thread.
    /// </summary>
    public void Halt() => _halted = true;

    /// <summary>A command from outside the console's channel (a test, a tool), applied at the next frame. Any thread.</summary>
    public void Post(SessionCommand command) => _posted.Enqueue(command);

    /// <summary>The headset's own sense of being worn (runtime focus, page visibility); only a change reaches the session. Any thread.</summary>
    public void ReportWorn(bool worn) =>
        Post(new ReportHeadsetWorn(string.Create(CultureInfo.InvariantCulture, $"worn-{Interlocked.Increment(ref _headsetCommands)}"),
            SessionReducer.HeadsetIssuer, worn));

    public void Dispose() => _sound?.Dispose();

    private bool IsNoChange(SessionCommand command) => command is ReportHeadsetWorn report && report.Worn == (Loop.State.HeadsetRemovedAt is null);
}
