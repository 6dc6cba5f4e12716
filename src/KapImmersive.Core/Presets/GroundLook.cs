using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record GroundLook
{
    public Rgb Colour { get; init; } = new(0.1f, 0.1f, 0.1f);

    /// <summary>Metres from the viewer at which the ground has faded halfway into fog.</summary>
    public double FadeDistance { get; init; } = 40;
}
