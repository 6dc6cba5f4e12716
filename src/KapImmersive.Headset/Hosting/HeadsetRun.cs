using System.Globalization;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Patient;
using KapImmersive.Headset.Records;
using KapImmersive.Headset.Sound;
using KapImmersive.Headset.Window;
using KapImmersive.Headset.Xr;
using KapImmersive.Rendering;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Headset.Hosting;

/// <summary>
/// One session on the frame loop's own thread (the GL context lives there): builds the display, sound and loop,
/// paces frames (or lets the headset's runtime pace them), sends telemetry and previews, and on stop brings the
/// patient back gently before it ends.
/// </summary>
internal sealed partial class HeadsetRun(HeadsetAppOptions options, RenderingOptions rendering, ISessionLink link, AudioOutputs audio,
    PresetCatalog presets, EnvironmentPreset startPreset, PatientScript patient, ISessionLog log, SessionClock clock, TimeProvider time, ILogger logger)
{
    public HeadsetLoop? Loop { get; private set; }

    /// <summary>Runs until <paramref name="stopping"/> fires (or the window is closed) and the gentle return that follows has ended.</summary>
    public void Run(CancellationToken stopping)
    {
        var now = Now();
        var start = SessionReducer.Start(startPreset, now);
        var music = new PresetMusicFactory(options.PresetFolder);
        music.CalibrateAll(presets);

        // XR (issue 9): paced by the runtime; with no runtime and XrFallbackToHeadless set, the headless display below.
        if (options.Display == DisplayMode.Xr && XrRun.TryOpen(rendering, options, logger) is { } headset)
        {
            using (headset)
            {
                RunSession(start, now, music, headset.Display, headset.Attach, "paced by the OpenXR runtime",
                    (loop, reporter) => headset.Run(loop, Now, options.ShutdownReturnSeconds, reporter, stopping));
            }

            return;
        }

        using IHeadsetDisplay display = options.Display switch
        {
            DisplayMode.Headless or DisplayMode.Xr => new HeadlessDisplay(rendering, PreviewSize.Width, PreviewSize.Height),
            DisplayMode.Window => WindowDisplay.Open(rendering, PreviewSize.Width, PreviewSize.Height),
            _ => throw new InvalidOperationException($"display mode {options.Display} is not available; use Headless, Window or Xr"),
        };
        RunSession(start, now, music, display,
            state => display is WindowDisplay window ? window.Keyboard : new ScriptedPatient(patient, state),
            string.Create(CultureInfo.InvariantCulture, $"{options.FrameRate} frames a second"),
            (loop, reporter) => Pace(loop, reporter, display, stopping));
    }

    /// <summary>The parts every display mode shares: the sound, the loop, the first state, and what is reported after each frame.</summary>
    /// <param name="patientInput">The patient's input, given the loop's current state (made once the loop exists).</param>
    /// <param name="runFrames">Runs the frames until the session has ended gently.</param>
    private void RunSession(SessionState start, double now, PresetMusicFactory music, IHeadsetDisplay display,
        Func<Func<SessionState>, IPatientInput> patientInput, string pace, Action<HeadsetLoop, SessionReporter> runFrames)
    {
        var (sound, live) = OpenSound(start, now, music);
        using (sound as IDisposable)
        using (live)
        {
            HeadsetLoop? loop = null;
            loop = new HeadsetLoop(new SessionReducer(presets), start, link, patientInput(() => loop!.State), [display, sound], log, options.DwellSeconds);
            Loop = loop;
            link.Publish(new Transition(start, []), now);
            live?.Start();
            LogStarted(logger, display.Renderer, display.EyeWidth, display.EyeHeight, pace);
            runFrames(loop, new SessionReporter(options, link, display, live, clock, now));
        }
    }

    private (IFrameOutput Sound, LiveAudioOutput? Live) OpenSound(SessionState start, double now, PresetMusicFactory music)
    {
        var first = SceneComposer.Compose(start, now);
        if (options.AudioSink == AudioSinkKind.Wav)
        {
            return (new FrameLockedSound(first, music, new WavFileSink(options.AudioFile)), null);
        }

        var latest = new LatestSceneFrame(first);
        string? message = null;
        var sink = options.AudioSink == AudioSinkKind.Null ? new NullSink(paced: true) : audio.Open(out message);
        if (message is not null)
        {
            LogNoSound(logger, message);
        }

        return (new SoundOutput(latest), new LiveAudioOutput(new SceneMixer(latest, music, now), sink, audio.Options));
    }

    private void Pace(HeadsetLoop loop, SessionReporter reporter, IHeadsetDisplay display, CancellationToken stopping)
    {
        using var pacer = new FramePacer(time, options.FrameRate);
        var returning = false;
        while (true)
        {
            bool missed;
            try
            {
                missed = pacer.WaitNext(returning ? CancellationToken.None : stopping);
            }
            catch (OperationCanceledException)
            {
                returning = true;
                loop.Apply(new EndSession("headset-shutdown", SessionReducer.HeadsetIssuer, options.ShutdownReturnSeconds), Now());
                continue;
            }

            var started = time.GetTimestamp();
            var now = Now();
            if (!returning && display is WindowDisplay { CloseRequested: true })
            {
                // The window's close button ends the session the way a stop does: the patient is brought back first.
                returning = true;
                loop.Apply(new EndSession("window-closed", SessionReducer.HeadsetIssuer, options.ShutdownReturnSeconds), now);
            }

            loop.Tick(now);
            reporter.AfterFrame(loop, now, time.GetElapsedTime(started).TotalMilliseconds, missed);
            if (returning && loop.State.Phase == SessionPhase.Ended)
            {
                return;
            }
        }
    }

    private double Now() => clock.ToSession(time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "headset running: {Renderer}, {Width}x{Height} an eye, {Pace}")]
    private static partial void LogStarted(ILogger logger, string renderer, int width, int height, string pace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogNoSound(ILogger logger, string message);
}
