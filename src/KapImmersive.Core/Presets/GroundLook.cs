using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

public sealed record GroundLook
{
    /// <summary>What the ground is: one of <see cref="SceneVocabulary.GroundKinds"/>.</summary>
    public string Kind { get; init; } = "plain";

    public Rgb Colour { get; init; } = new(0.1f, 0.1f, 0.1f);

    /// <summary>Metres from the viewer at which the ground has faded halfway into fog.</summary>
    public double FadeDistance { get; init; } = 40;

    /// <summary>Trees along the horizon (a meadow's edge, a lake's far shore): 0 none .. 1 a tall wood.</summary>
    public double TreeLine { get; init; }

    /// <summary>How high the hills rise (far ones on the horizon, near ones as gentle dunes): 0 flat .. 1 rolling.</summary>
    public double Hills { get; init; }
}
