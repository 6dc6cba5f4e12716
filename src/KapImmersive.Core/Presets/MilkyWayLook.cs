namespace KapImmersive.Core.Presets;

/// <summary>The Milky Way: a faint river of light across the stars, turning with them.</summary>
public sealed record MilkyWayLook
{
    /// <summary>0 none .. 1 a clear night far from towns.</summary>
    public double Intensity { get; init; } = 0.5;

    /// <summary>Degrees the band leans from the vertical: 0 it rises straight up from the horizon, 90 it lies along it.</summary>
    public double Tilt { get; init; } = 30;
}
