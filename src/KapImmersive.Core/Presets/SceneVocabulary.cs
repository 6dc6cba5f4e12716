namespace KapImmersive.Core.Presets;

/// <summary>The words a preset's scene is described with; the composer and the renderer know each of them.</summary>
public static class SceneVocabulary
{
    /// <summary>Open ground, a meadow with a tree line, a calm sea, low hills or dunes, an interior room.</summary>
    public static IReadOnlyList<string> GroundKinds { get; } = ["plain", "meadow", "sea", "hills", "room"];

    /// <summary>Drifting dust or pollen, fireflies glowing and fading low over the ground, embers rising slowly.</summary>
    public static IReadOnlyList<string> MoteKinds { get; } = ["dust", "fireflies", "embers"];
}
