using System.Numerics;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Splits the screen at the horizon. A view ray's height is linear across a flat projection, so the horizon is a
/// straight line on screen and each side of it is the screen's rectangle clipped by one half-plane: a convex polygon
/// of up to five corners (normalised device coordinates), so the sky is drawn with only its own shader. The sky's part
/// reaches a tenth of a degree below the horizon, under the ground's farthest edge, so no gap opens between them.
/// </summary>
internal static class HorizonSplit
{
    public const int MaxCorners = 5;

    /// <summary>How far below the horizon the sky's part reaches, in metres at the far plane's distance (about 0.1 degree).</summary>
    private const float Overlap = Cameras.EyeView.Far * 0.002f;

    private static readonly Vector2[] Screen = [new(-1, -1), new(1, -1), new(1, 1), new(-1, 1)];

    /// <summary>Fills <paramref name="corners"/> with the part above (sky) or below the horizon; returns how many corners (0 if none).</summary>
    public static int Part(in Matrix4x4 invRotationProjection, bool above, Span<Vector2> corners)
    {
        var inverse = invRotationProjection;
        Span<float> height = stackalloc float[4];
        for (var i = 0; i < 4; i++)
        {
            height[i] = above ? HeightOf(inverse, Screen[i]) + Overlap : -HeightOf(inverse, Screen[i]);
        }

        var count = 0;
        for (var i = 0; i < 4; i++)
        {
            var next = (i + 1) % 4;
            if (height[i] >= 0)
            {
                corners[count++] = Screen[i];
            }

            if ((height[i] >= 0) != (height[next] >= 0))
            {
                var t = height[i] / (height[i] - height[next]);
                corners[count++] = Vector2.Lerp(Screen[i], Screen[next], t);
            }
        }

        return count >= 3 ? count : 0;
    }

    /// <summary>The upward part of the view ray through that point of the screen, divided by its homogeneous w.</summary>
    private static float HeightOf(in Matrix4x4 inverse, Vector2 ndc)
    {
        var far = Vector4.Transform(new Vector4(ndc, 1, 1), inverse);
        return far.Y / far.W;
    }
}
