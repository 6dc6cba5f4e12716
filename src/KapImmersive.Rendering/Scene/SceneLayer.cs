using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>One scene drawn in a frame: a ground kind with its own hills, at the weight it has in the picture.</summary>
internal readonly record struct SceneLayer(GroundKind Kind, float Hills, float Weight)
{
    /// <summary>
    /// The scenes to draw, in order: while one preset dissolves into another of a different ground, the previous one
    /// opaque and the current one laid over it at the preset blend; otherwise the current one alone.
    /// </summary>
    public static (SceneLayer First, SceneLayer? Second) Of(in SceneFrame frame)
    {
        var current = new SceneLayer(frame.GroundKind, frame.Hills, 1);
        if (frame.PresetBlend >= 1 || (frame.PreviousGroundKind == frame.GroundKind && frame.PreviousHills == frame.Hills))
        {
            return (current, null);
        }

        return (new SceneLayer(frame.PreviousGroundKind, frame.PreviousHills, 1), current with { Weight = frame.PresetBlend });
    }

    /// <summary>How much of the picture shows a kind of ground (the second layer covers the first by its weight).</summary>
    public static float ShareOf(in SceneFrame frame, GroundKind kind)
    {
        var (first, second) = Of(frame);
        var secondWeight = second?.Weight ?? 0;
        return (first.Kind == kind ? 1 - secondWeight : 0) + (second is { } s && s.Kind == kind ? secondWeight : 0);
    }
}
