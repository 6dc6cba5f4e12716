namespace KapImmersive.Core.Presets;

public sealed record StarField
{
    /// <summary>0 (no stars) .. 1 (a clear mountain night).</summary>
    public double Density { get; init; }

    /// <summary>0 (steady) .. 1 (the most twinkle the comfort bound allows).</summary>
    public double Twinkle { get; init; }

    /// <summary>Degrees per minute the sky turns; bounded so nothing appears to move.</summary>
    public double DriftDegreesPerMinute { get; init; }
}
