using KapImmersive.Headset.Xr;

namespace KapImmersive.Headset.Hosting;

/// <summary>
/// The headset app's own settings, bound from "Kap:App" (appsettings.json, KAP_ environment variables, the command
/// line) beside the session's (<see cref="Runtime.Session.HeadsetRuntimeOptions"/>, same section).
/// </summary>
public sealed record HeadsetAppOptions
{
    public const string Section = "Kap:App";

    /// <summary>Folder of preset files (*.json); every valid one can be loaded by the clinician.</summary>
    public string PresetFolder { get; init; } = "environments";

    /// <summary>The preset the session starts in; empty means the first one by id.</summary>
    public string StartPreset { get; init; } = "";

    public DisplayMode Display { get; init; } = DisplayMode.Headless;

    public AudioSinkKind AudioSink { get; init; } = AudioSinkKind.Live;

    /// <summary>With AudioSink = Wav: where the session's sound is written.</summary>
    public string AudioFile { get; init; } = "session.wav";

    /// <summary>A JSON file of scripted patient input for headless mode (looks, dwells, presses).</summary>
    public string? PatientScript { get; init; }

    /// <summary>
    /// Where the device keeps what must outlive the app (the outbox, the session logs): empty for the user's local data
    /// folder (XDG_DATA_HOME or ~/.local/share, then "kap"), or else a folder beside the app. Made when missing.
    /// </summary>
    public string DataFolder { get; init; } = "";

    /// <summary>Where the device keeps its JSON-lines session log for audit; relative to the data folder.</summary>
    public string SessionLogFolder { get; init; } = "session-logs";

    /// <summary>With Display = Xr and no usable OpenXR runtime: run headless instead of stopping (issue 9). Off by default.</summary>
    public bool XrFallbackToHeadless { get; init; }

    /// <summary>With Display = Xr: how the renderer's OpenGL reaches the runtime; Auto takes EGL when offered (Monado), else Xlib (SteamVR).</summary>
    public XrGraphicsBinding XrGraphics { get; init; } = XrGraphicsBinding.Auto;
}
