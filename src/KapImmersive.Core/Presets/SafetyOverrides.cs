namespace KapImmersive.Core.Presets;

/// <summary>Settings that may only make changes gentler than the fixed bounds.</summary>
public sealed record SafetyOverrides
{
    public double? DarknessFullRangeSeconds { get; init; }

    public double? VolumeFullRangeSeconds { get; init; }
}
