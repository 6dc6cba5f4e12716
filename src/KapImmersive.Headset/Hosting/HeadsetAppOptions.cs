using KapImmersive.Core.Patient;
using KapImmersive.Headset.Xr;

namespace KapImmersive.Headset.Hosting;

/// <summary>The headset app's own settings, bound from "Kap:App" (appsettings.json, KAP_ environment variables, the command line).</summary>
public sealed record HeadsetAppOptions
{
    public const string Section = "Kap:App";

    /// <summary>Folder of preset files (*.json); every valid one can be loaded by the clinician.</summary>
    public string PresetFolder { get; init; } = "environments";

    /// <summary>The preset the session starts in; empty means the first one by id.</summary>
    public string StartPreset { get; init; } = "";

    public DisplayMode Display { get; init; } = DisplayMode.Headless;

    /// <summary>Frames a second when the app sets its own pace (headless and window); a headset sets its own.</summary>
    public double FrameRate { get; init; } = 90;

    public AudioSinkKind AudioSink { get; init; } = AudioSinkKind.Live;

    /// <summary>With AudioSink = Wav: where the session's sound is written.</summary>
    public string AudioFile { get; init; } = "session.wav";

    /// <summary>Seconds the gaze must rest on an answer to choose it.</summary>
    public double DwellSeconds { get; init; } = DwellTimer.DefaultSeconds;

    /// <summary>A JSON file of scripted patient input for headless mode (looks, dwells, presses).</summary>
    public string? PatientScript { get; init; }

    /// <summary>Whether a small picture of what the patient sees goes to the console; the clinic decides.</summary>
    public bool PreviewEnabled { get; init; }

    public double PreviewIntervalSeconds { get; init; } = 2;

    public int PreviewMaxBytes { get; init; } = 48 * 1024;

    public double TelemetryIntervalSeconds { get; init; } = 5;

    /// <summary>Where the device keeps its JSON-lines session log for audit.</summary>
    public string SessionLogFolder { get; init; } = "session-logs";

    /// <summary>How long the gentle return takes when the app is stopped mid-session.</summary>
    public double ShutdownReturnSeconds { get; init; } = 30;

    /// <summary>With Display = Xr and no usable OpenXR runtime: run headless instead of stopping (issue 9). Off by default.</summary>
    public bool XrFallbackToHeadless { get; init; }

    /// <summary>With Display = Xr: how the renderer's OpenGL reaches the runtime; Auto takes EGL when offered (Monado), else Xlib (SteamVR).</summary>
    public XrGraphicsBinding XrGraphics { get; init; } = XrGraphicsBinding.Auto;
}
