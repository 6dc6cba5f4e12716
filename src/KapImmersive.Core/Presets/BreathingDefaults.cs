namespace KapImmersive.Core.Presets;

public sealed record BreathingDefaults
{
    /// <summary>A built-in name (coherent, box, 4-7-8, extended-exhale) or counts such as 4-2-6.</summary>
    public string Pattern { get; init; } = "coherent";

    /// <summary>Whether breathing cues start with the session; off unless the therapist chooses.</summary>
    public bool Enabled { get; init; }

    /// <summary>Level of the breathing sound relative to the music bed, 0..1.</summary>
    public double CueLevel { get; init; } = 0.3;

    /// <summary>Whether the cue's pitch rises with the inhale as well as its level.</summary>
    public bool CuePitch { get; init; }

    /// <summary>How bright the breathing light glows at full breath, 0..1.</summary>
    public double LightGlow { get; init; } = 0.4;
}
