namespace KapImmersive.Core.Presets;

public sealed record AtmosphereLook
{
    public StarField Stars { get; init; } = new();

    public DriftingMotes Motes { get; init; } = new();

    public FogLook Fog { get; init; } = new();
}
