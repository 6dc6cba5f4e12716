using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Presets;

/// <summary>The scene's elements beyond the sky's colours: the moon, clouds, aurora and Milky Way, the ground's kind, the room.</summary>
internal static partial class PresetValidator
{
    private static void CheckSkyElements(JsonScope sky)
    {
        if (sky.Object("moon") is { } moon)
        {
            moon.OnlyKnown("size", "lit", "azimuth", "elevation");
            moon.Number("size", 0.3, 5, hint: "degrees across (the real moon looks half a degree):");
            moon.Number("lit", 0.05, 1, hint: "how much of the disc is lit, from a thin crescent to full:");
            moon.Number("azimuth", 0, 360, hint: "compass degrees:");
            moon.Number("elevation", 2, 80, hint: "degrees above the horizon:");
        }

        if (sky.Object("clouds") is { } clouds)
        {
            clouds.OnlyKnown("cover", "driftDegreesPerMinute");
            clouds.Number("cover", 0, 1, hint: "how much of the sky they cover:");
            clouds.Number("driftDegreesPerMinute", 0, ComfortBounds.MaxCloudDriftDegreesPerMinute, hint: "so a sky of cloud never seems to move,");
        }

        if (sky.Object("aurora") is { } aurora)
        {
            aurora.OnlyKnown("intensity", "colour", "azimuth");
            aurora.Number("intensity", 0, 1);
            aurora.Colour("colour", maxLuminance: MaxSceneLuminance);
            aurora.Number("azimuth", 0, 360, hint: "compass degrees:");
        }

        if (sky.Object("milkyWay") is { } milkyWay)
        {
            milkyWay.OnlyKnown("intensity", "tilt");
            milkyWay.Number("intensity", 0, 1);
            milkyWay.Number("tilt", 0, 90, hint: "degrees from upright (0) to lying along the horizon (90):");
        }
    }

    private static void CheckGround(JsonScope root)
    {
        string? kind = null;
        if (root.Object("ground") is { } ground)
        {
            ground.OnlyKnown("kind", "colour", "fadeDistance", "treeLine", "hills");
            kind = ground.OneOf("kind", SceneVocabulary.GroundKinds);
            ground.Colour("colour", maxLuminance: MaxSceneLuminance);
            ground.Number("fadeDistance", 5, 500, hint: "metres:");
            ground.Number("treeLine", 0, 1, hint: "how tall the trees along the horizon stand:");
            ground.Number("hills", 0, 1, hint: "how high the hills rise:");
        }

        if (root.Object("room") is not { } room)
        {
            return;
        }

        if (kind != "room")
        {
            root.Report("room", "walls belong to a room; set ground.kind to \"room\", or remove this group");
        }

        room.OnlyKnown("wall", "lamp", "lampIntensity", "rain");
        room.Colour("wall", maxLuminance: MaxSceneLuminance);
        room.Colour("lamp");
        room.Number("lampIntensity", 0, 1, hint: "how brightly the lamp lights the room:");
        room.Number("rain", 0, 1, hint: "drops on the window, from none to steady rain:");
    }
}
