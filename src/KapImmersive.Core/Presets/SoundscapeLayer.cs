namespace KapImmersive.Core.Presets;

public sealed record SoundscapeLayer
{
    /// <summary>How phases refer to this layer.</summary>
    public required string Name { get; init; }

    /// <summary>pad, noise, drone or bells.</summary>
    public required string Kind { get; init; }

    public double Level { get; init; } = 0.5;

    /// <summary>0 (dark, muffled) .. 1 (the brightest the softness bound allows).</summary>
    public double Brightness { get; init; } = 0.3;

    /// <summary>For noise layers: ocean, wind or rain.</summary>
    public string? Texture { get; init; }

    /// <summary>For bells: average strikes a minute.</summary>
    public double Density { get; init; } = 3;

    /// <summary>Octave of the layer's root, 1 .. 5.</summary>
    public int Octave { get; init; } = 3;
}
