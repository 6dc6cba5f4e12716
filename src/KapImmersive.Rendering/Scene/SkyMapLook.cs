using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>The still part of what the sky map shows; see <see cref="SkyMapInputs"/>.</summary>
internal readonly record struct SkyMapLook(
    Rgb Zenith, Rgb Horizon, Rgb GlowColour, float GlowIntensity, float GlowAzimuth, float GlowElevation, Rgb Fog, float FogDensity,
    Rgb Ground, Rgb Ambient, MoonFrame Moon, float CloudCover, AuroraFrame Aurora, MilkyWayFrame MilkyWay,
    float PreviousTreeLine, float TreeLine, float PreviousHills, float Hills, float ShapeBlend);
