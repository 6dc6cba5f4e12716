using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record SkyLook
{
    public required Rgb Zenith { get; init; }

    public required Rgb Horizon { get; init; }

    public SkyGlow Glow { get; init; } = new();

    public MoonLook? Moon { get; init; }

    public CloudLayer? Clouds { get; init; }

    public AuroraLook? Aurora { get; init; }

    public MilkyWayLook? MilkyWay { get; init; }
}
