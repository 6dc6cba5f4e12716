namespace KapImmersive.Core.Presets;

/// <summary>Generated music, needing no file: layers of pads, noise textures, drones and bells.</summary>
public sealed record Soundscape
{
    /// <summary>The same seed always gives the same sound.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Root note name, e.g. "D" or "F#".</summary>
    public string Key { get; init; } = "D";

    public string Scale { get; init; } = "major-pentatonic";

    public IReadOnlyList<SoundscapeLayer> Layers { get; init; } = [];
}
