using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// What the sky map is drawn from. The still part (colours, places, amounts) redraws the map whenever it differs; the
/// slowly moving part (the clouds' turn, the aurora's folds, the Milky Way turning with the stars) only once half a
/// second has passed, so the map is drawn twice a second at most while the sky drifts: in that time clouds move at most
/// a tenth of a degree, under a texel.
/// </summary>
internal readonly record struct SkyMapInputs(SkyMapLook Look, float CloudTurn, float AuroraFold, float StarRotation, double Time)
{
    public const double MovingRedrawSeconds = 0.5;

    public static SkyMapInputs Of(in SceneFrame frame) => new(
        new SkyMapLook(frame.SkyZenith, frame.SkyHorizon, frame.GlowColour, frame.GlowIntensity, frame.GlowAzimuthDegrees,
            frame.GlowElevationDegrees, frame.FogColour, frame.FogDensity, frame.Ground, frame.Ambient, frame.Moon, frame.Clouds.Cover,
            frame.Aurora with { FoldDegrees = 0 }, frame.MilkyWay, frame.PreviousTreeLine, frame.TreeLine, frame.PreviousHills, frame.Hills,
            frame.PresetBlend),
        frame.Clouds.DriftDegrees, frame.Aurora.FoldDegrees, frame.StarRotationDegrees, frame.Time);

    /// <summary>Whether a map drawn for <paramref name="drawn"/> no longer shows this frame.</summary>
    public bool Outdates(SkyMapInputs? drawn) => drawn is not { } last || last.Look != Look
        || ((last.CloudTurn != CloudTurn || last.AuroraFold != AuroraFold || last.StarRotation != StarRotation)
            && (Time < last.Time || Time - last.Time >= MovingRedrawSeconds));
}
