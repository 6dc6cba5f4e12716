using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record FogLook
{
    public double Density { get; init; } = 0.3;

    public Rgb Colour { get; init; } = new(0.2f, 0.2f, 0.25f);
}
