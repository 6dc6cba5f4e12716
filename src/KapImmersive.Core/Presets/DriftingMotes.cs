using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>Slow specks of light (pollen, dust, fireflies, embers) drifting in the air.</summary>
public sealed record DriftingMotes
{
    /// <summary>What they are: one of <see cref="SceneVocabulary.MoteKinds"/>.</summary>
    public string Kind { get; init; } = "dust";

    public double Density { get; init; }

    public Rgb Colour { get; init; } = new(0.9f, 0.85f, 0.7f);

    /// <summary>Metres per second; bounded so motes drift, never dart.</summary>
    public double Speed { get; init; } = 0.05;
}
