namespace KapImmersive.Core.Presets;

/// <summary>Soft clouds, lit by the sky's glow and the moon, drifting so slowly they only seem to change.</summary>
public sealed record CloudLayer
{
    /// <summary>How much of the sky they cover: 0 none .. 1 overcast.</summary>
    public double Cover { get; init; } = 0.4;

    /// <summary>Degrees a minute the clouds turn about the zenith; bounded so a sky full of cloud never seems to move.</summary>
    public double DriftDegreesPerMinute { get; init; } = 3;
}
