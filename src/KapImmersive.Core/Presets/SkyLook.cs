using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record SkyLook
{
    public required Rgb Zenith { get; init; }

    public required Rgb Horizon { get; init; }

    public SkyGlow Glow { get; init; } = new();
}
