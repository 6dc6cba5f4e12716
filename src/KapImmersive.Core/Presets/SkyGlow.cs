using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>A soft light low in the sky (a setting sun, a moon behind haze).</summary>
public sealed record SkyGlow
{
    public Rgb Colour { get; init; } = new(0.6f, 0.45f, 0.35f);

    /// <summary>0 (none) .. 1 (bright); kept low in calm rooms.</summary>
    public double Intensity { get; init; } = 0.2;

    /// <summary>Degrees above the horizon, -10 .. 60.</summary>
    public double Elevation { get; init; } = 8;

    /// <summary>Compass degrees, 0 .. 360, where 0 is straight ahead of the patient.</summary>
    public double Azimuth { get; init; }
}
