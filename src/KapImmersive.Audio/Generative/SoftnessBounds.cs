namespace KapImmersive.Audio.Generative;

/// <summary>
/// What makes the generated music soft by construction, whatever a preset asks for: slow attacks, a brightness
/// (low-pass) bound, and a bound on how far any peak may stand above the music's level.
/// </summary>
public static class SoftnessBounds
{
    /// <summary>No generated sound reaches its level in less than this.</summary>
    public const double MinAttackSeconds = 2;

    /// <summary>The darkest voicing (brightness 0).</summary>
    public const double MinCutoffHz = 250;

    /// <summary>The brightest voicing any layer may have (brightness 1).</summary>
    public const double MaxCutoffHz = 3500;

    /// <summary>Peak over RMS in any 3-second window of the music bed; a bell or wave may swell, never strike.</summary>
    public const double MaxCrestFactorDb = 18;

    /// <summary>The low-pass cutoff for a brightness of 0..1, spaced evenly in pitch between the bounds.</summary>
    public static double CutoffFor(double brightness) =>
        MinCutoffHz * Math.Pow(MaxCutoffHz / MinCutoffHz, Math.Clamp(brightness, 0, 1));
}
