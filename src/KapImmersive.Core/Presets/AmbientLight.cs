using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record AmbientLight
{
    public Rgb Colour { get; init; } = new(0.25f, 0.22f, 0.28f);

    public double Intensity { get; init; } = 0.3;
}
