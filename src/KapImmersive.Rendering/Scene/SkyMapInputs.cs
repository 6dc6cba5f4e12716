using System.Numerics;
using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>What the sky map is drawn from; when a frame's inputs equal the last ones drawn, the map is kept.</summary>
internal readonly record struct SkyMapInputs(
    Rgb Zenith, Rgb Horizon, Rgb GlowColour, float GlowIntensity, Vector3 GlowDirection, Rgb Fog, float FogDensity)
{
    public static SkyMapInputs Of(in SceneFrame frame) => new(
        frame.SkyZenith, frame.SkyHorizon, frame.GlowColour, frame.GlowIntensity,
        Uniforms.Direction(frame.GlowAzimuthDegrees, frame.GlowElevationDegrees), frame.FogColour, frame.FogDensity);
}
