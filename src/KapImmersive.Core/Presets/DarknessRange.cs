namespace KapImmersive.Core.Presets;

/// <summary>The eye-mask darkening: where it starts and how far the clinician may take it.</summary>
public sealed record DarknessRange
{
    public double Default { get; init; } = 0.2;

    public double Min { get; init; }

    public double Max { get; init; } = 1;
}
