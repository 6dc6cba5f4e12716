namespace KapImmersive.Core.Safety;

/// <summary>The limits in force for one preset, already clamped into <see cref="SafetyBounds"/>.</summary>
public sealed record SafetyLimits
{
    public static SafetyLimits Default { get; } = new();

    public double DarknessFullRangeSeconds { get; init; } = SafetyBounds.MinDarknessFullRangeSeconds;

    public double VolumeFullRangeSeconds { get; init; } = SafetyBounds.MinVolumeFullRangeSeconds;

    public double VolumeCeiling { get; init; } = 0.8;

    public double DarknessMin { get; init; }

    public double DarknessMax { get; init; } = 1;

    /// <summary>The fastest the darkness may change, in full ranges per second.</summary>
    public double MaxDarknessRate => 1 / DarknessFullRangeSeconds;

    public double MaxVolumeRate => 1 / VolumeFullRangeSeconds;
}
