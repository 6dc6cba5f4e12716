using System.Diagnostics;
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
/// paces frames, sends telemetry and previews, and on stop brings the patient back gently before it ends.
/// </summary>
internal sealed partial class HeadsetRun(HeadsetAppOptions options, RenderingOptions rendering, ISessionLink link, AudioOutputs audio,
    PresetCatalog presets, EnvironmentPreset startPreset, PatientScript patient, ISessionLog log, SessionClock clock, TimeProvider time, ILogger logger)
{
    private const int PreviewWidth = 320;
    private const int PreviewHeight = 180;

    public HeadsetLoop? Loop { get; internal set; }

    public FrameStats Stats { get; } = new();

    /// <summary>Runs until <paramref name="stopping"/> fires (or the window is closed) and the gentle return that follows has ended.</summary>
    public void Run(CancellationToken stopping)
    {
        var now = clock.ToSession(time.GetUtcNow());
        var start = SessionReducer.Start(startPreset, now);
        var music = new PresetMusicFactory(options.PresetFolder);
        music.CalibrateAll(presets);

        // XR (issue 9): paced by the runtime; with no runtime and XrFallbackToHeadless set, the headless display below.
        if (options.Display == DisplayMode.Xr && XrRun.TryRun(this, options, rendering, link, presets, start, now, log, logger, stopping))
        {
            return;
        }

        using IHeadsetDisplay display = options.Display switch
        {
            DisplayMode.Headless or DisplayMode.Xr => new HeadlessDisplay(rendering, PreviewWidth, PreviewHeight),
            DisplayMode.Window => WindowDisplay.Open(rendering, PreviewWidth, PreviewHeight),
            _ => throw new InvalidOperationException($"display mode {options.Display} is not available; use Headless, Window or Xr"),
        };
        var (sound, live) = OpenSound(start, now, music);
        using (sound as IDisposable)
        using (live)
        {
            HeadsetLoop? loop = null;
            IPatientInput input = display is WindowDisplay window ? window.Keyboard : new ScriptedPatient(patient, () => loop!.State);
            loop = new HeadsetLoop(new SessionReducer(presets), start, link, input, [display, sound], log, options.DwellSeconds);
            Loop = loop;
            link.Publish(new Transition(start, []), now);
            live?.Start();
            LogStarted(logger, display.Renderer, display.EyeWidth, display.EyeHeight, options.FrameRate);
            Pace(loop, display, live, stopping);
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

    private void Pace(HeadsetLoop loop, IHeadsetDisplay display, LiveAudioOutput? live, CancellationToken stopping)
    {
        using var pacer = new FramePacer(time, options.FrameRate);
        var nextTelemetry = loop.State.PhaseChangedAt + options.TelemetryIntervalSeconds;
        var nextPreview = loop.State.PhaseChangedAt + options.PreviewIntervalSeconds;
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
                loop.Apply(new EndSession("headset-shutdown", "headset", options.ShutdownReturnSeconds), Now());
                continue;
            }

            var started = time.GetTimestamp();
            var now = Now();
            if (!returning && display is WindowDisplay { CloseRequested: true })
            {
                // The window's close button ends the session the way a stop does: the patient is brought back first.
                returning = true;
                loop.Apply(new EndSession("window-closed", "headset", options.ShutdownReturnSeconds), now);
            }

            loop.Tick(now);
            Stats.Add(time.GetElapsedTime(started).TotalMilliseconds, missed);
            if (now >= nextTelemetry)
            {
                nextTelemetry = now + options.TelemetryIntervalSeconds;
                SendTelemetry(loop, live);
            }

            if (options.PreviewEnabled && now >= nextPreview)
            {
                nextPreview = now + options.PreviewIntervalSeconds;
                if (PreviewEncoder.Encode(display.CapturePreview(loop.LastFrame), display.PreviewWidth, display.PreviewHeight, options.PreviewMaxBytes) is { } jpeg)
                {
                    link.PublishPreview(jpeg);
                }
            }

            if (returning && loop.State.Phase == SessionPhase.Ended)
            {
                return;
            }
        }
    }

    private void SendTelemetry(HeadsetLoop loop, LiveAudioOutput? live)
    {
        var (p50, p99) = Stats.Percentiles();
        link.PublishTelemetry(new TelemetryMessage
        {
            At = time.GetUtcNow(),
            HeadMotion = Math.Round(loop.HeadMotion.ReadAndReset(), 2),
            FrameMillisecondsP50 = Math.Round(p50, 3),
            FrameMillisecondsP99 = Math.Round(p99, 3),
            MissedFrames = Stats.Missed,
            AudioUnderruns = live?.Underruns ?? 0,
        });
    }

    private double Now() => clock.ToSession(time.GetUtcNow());

    [LoggerMessage(Level = LogLevel.Information, Message = "headset running: {Renderer}, {Width}x{Height} a eye, {Rate} frames a second")]
    private static partial void LogStarted(ILogger logger, string renderer, int width, int height, double rate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogNoSound(ILogger logger, string message);
}
