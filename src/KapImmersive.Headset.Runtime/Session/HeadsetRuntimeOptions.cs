using KapImmersive.Core.Patient;
using KapImmersive.Core.Safety;

namespace KapImmersive.Headset.Runtime.Session;

/// <summary>
/// How a session runs on any headset, bound from "Kap:App" beside the app's own settings: the patient's dwell, what
/// the console hears of the session and how often, the pace where the app sets it, and the gentle return on a stop.
/// </summary>
public sealed record HeadsetRuntimeOptions
{
    public const string Section = "Kap:App";

    /// <summary>Frames a second where the app sets its own pace (headless, window, no display); a headset sets its own.</summary>
    public double FrameRate { get; init; } = 90;

    /// <summary>Seconds the gaze must rest on an answer to choose it.</summary>
    public double DwellSeconds { get; init; } = DwellTimer.DefaultSeconds;

    /// <summary>Whether a small picture of what the patient sees goes to the console; the clinic decides.</summary>
    public bool PreviewEnabled { get; init; }

    public double PreviewIntervalSeconds { get; init; } = 2;

    public int PreviewMaxBytes { get; init; } = 48 * 1024;

    public double TelemetryIntervalSeconds { get; init; } = 5;

    /// <summary>How long the gentle return takes when the app is stopped mid-session (longer where light or sound need longer to change gently).</summary>
    public double ShutdownReturnSeconds { get; init; } = 30;

    /// <summary>Each wrong setting in plain words, naming it.</summary>
    public IEnumerable<string> Problems()
    {
        if (FrameRate is < 10 or > 144)
        {
            yield return FormattableString.Invariant($"Kap:App:FrameRate: {FrameRate} is outside 10..144 frames a second");
        }

        if (DwellSeconds is < 0.5 or > 10)
        {
            yield return "Kap:App:DwellSeconds: a gaze choice takes 0.5 to 10 seconds";
        }

        if (PreviewIntervalSeconds < 1 || PreviewMaxBytes is < 1024 or > 60 * 1024)
        {
            yield return "Kap:App:PreviewIntervalSeconds is at least 1 (one picture a second at most) and PreviewMaxBytes 1024..61440";
        }

        if (TelemetryIntervalSeconds is < 1 or > 60)
        {
            yield return "Kap:App:TelemetryIntervalSeconds goes from 1 to 60";
        }

        if (ShutdownReturnSeconds is < SafetyBounds.MinReturnSeconds or > SafetyBounds.MaxReturnSeconds)
        {
            yield return FormattableString.Invariant(
                $"Kap:App:ShutdownReturnSeconds goes from {SafetyBounds.MinReturnSeconds} (the shortest gentle return the safety rules allow) to {SafetyBounds.MaxReturnSeconds}");
        }
    }
}
