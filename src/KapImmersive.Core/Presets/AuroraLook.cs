using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>Northern lights: a soft band of slowly folding curtains low over one part of the horizon.</summary>
public sealed record AuroraLook
{
    /// <summary>0 none .. 1 the brightest a calm room allows.</summary>
    public double Intensity { get; init; } = 0.5;

    public Rgb Colour { get; init; } = new(0.23f, 0.52f, 0.40f);

    /// <summary>Compass degrees of the band's middle, where 0 is straight ahead of the patient.</summary>
    public double Azimuth { get; init; }
}
