using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>Which of the sky map's optional elements a frame shows; each is compiled into the map's shader only when shown.</summary>
[Flags]
internal enum SkyElements
{
    None = 0,
    Moon = 1,
    MilkyWay = 2,
    Aurora = 4,
    Clouds = 8,
    HorizonShapes = 16,
    All = Moon | MilkyWay | Aurora | Clouds | HorizonShapes,
}

/// <summary>What a frame needs of the sky map, and the names the shader knows the elements by.</summary>
internal static class SkyElementsOf
{
    public static SkyElements Frame(in SceneFrame frame) =>
        (frame.Moon.Presence > 0 ? SkyElements.Moon : SkyElements.None)
        | (frame.MilkyWay.Intensity > 0 ? SkyElements.MilkyWay : SkyElements.None)
        | (frame.Aurora.Intensity > 0 ? SkyElements.Aurora : SkyElements.None)
        | (frame.Clouds.Cover > 0 ? SkyElements.Clouds : SkyElements.None)
        | (frame.TreeLine + frame.PreviousTreeLine + frame.Hills + frame.PreviousHills > 0 ? SkyElements.HorizonShapes : SkyElements.None);

    public static string[] Defines(SkyElements elements) =>
        [.. new (SkyElements Element, string Define)[]
        {
            (SkyElements.Moon, "MOON"), (SkyElements.MilkyWay, "MILKY_WAY"), (SkyElements.Aurora, "AURORA"),
            (SkyElements.Clouds, "CLOUDS"), (SkyElements.HorizonShapes, "HORIZON_SHAPES"),
        }.Where(e => elements.HasFlag(e.Element)).Select(e => e.Define)];
}
