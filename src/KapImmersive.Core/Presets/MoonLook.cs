namespace KapImmersive.Core.Presets;

/// <summary>A moon in the sky: how large it looks, how much of it is lit, and where it stands.</summary>
public sealed record MoonLook
{
    /// <summary>Degrees across; the real moon looks half a degree wide, a calm room may show it larger.</summary>
    public double Size { get; init; } = 1.5;

    /// <summary>How much of the disc is lit: 1 full, 0.5 half, 0.15 a thin crescent.</summary>
    public double Lit { get; init; } = 1;

    /// <summary>Compass degrees, 0 .. 360, where 0 is straight ahead of the patient.</summary>
    public double Azimuth { get; init; }

    /// <summary>Degrees above the horizon.</summary>
    public double Elevation { get; init; } = 25;
}
