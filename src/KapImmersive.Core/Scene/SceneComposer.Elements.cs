using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Scene;

/// <summary>
/// The room's elements through a preset change. Colours and amounts blend; anything with a place in the sky (the glow,
/// the moon, the aurora, the Milky Way) or a kind (the motes) never slides across to its new place: when the two
/// presets differ, the old one fades out over the first half of the change and the new one fades in over the second.
/// </summary>
public static partial class SceneComposer
{
    private static (Rgb Colour, float Intensity, float Elevation, float Azimuth) Glow(SkyGlow before, SkyGlow after, float blend)
    {
        if (before.Colour == after.Colour && before.Elevation == after.Elevation && before.Azimuth == after.Azimuth)
        {
            return (after.Colour, Mix(before.Intensity, after.Intensity, blend), (float)after.Elevation, (float)after.Azimuth);
        }

        var glow = blend < 0.5f ? before : after;
        var presence = Math.Abs((2 * blend) - 1);
        return (glow.Colour, (float)glow.Intensity * presence, (float)glow.Elevation, (float)glow.Azimuth);
    }

    private static MoonFrame Moon(MoonLook? before, MoonLook? after, float blend)
    {
        var (moon, presence) = before == after ? (after, 1f) : FadeThrough(before, after, blend);
        return moon is null ? default : new MoonFrame(presence, (float)moon.Azimuth, (float)moon.Elevation, (float)moon.Size, (float)moon.Lit);
    }

    private static AuroraFrame Aurora(AuroraLook? before, AuroraLook? after, float blend, double now)
    {
        var fold = (float)(now * ComfortBounds.AuroraFoldDegreesPerSecond % 360.0);
        if (before is not null && after is not null && before.Colour == after.Colour && before.Azimuth == after.Azimuth)
        {
            return new AuroraFrame(Mix(before.Intensity, after.Intensity, blend), after.Colour, (float)after.Azimuth, fold);
        }

        var (aurora, presence) = FadeThrough(before, after, blend);
        return aurora is null ? default : new AuroraFrame((float)aurora.Intensity * presence, aurora.Colour, (float)aurora.Azimuth, fold);
    }

    private static MilkyWayFrame MilkyWay(MilkyWayLook? before, MilkyWayLook? after, float blend)
    {
        if (before is not null && after is not null && before.Tilt == after.Tilt)
        {
            return new MilkyWayFrame(Mix(before.Intensity, after.Intensity, blend), (float)after.Tilt);
        }

        var (band, presence) = FadeThrough(before, after, blend);
        return band is null ? default : new MilkyWayFrame((float)band.Intensity * presence, (float)band.Tilt);
    }

    private static CloudFrame Clouds(SessionState state, EnvironmentPreset before, EnvironmentPreset after, float blend, double now) =>
        new(Mix(before.Sky.Clouds?.Cover ?? 0, after.Sky.Clouds?.Cover ?? 0, blend), (float)CloudDrift.Degrees(state, now));

    private static RoomFrame Room(RoomLook? before, RoomLook? after, float blend)
    {
        var (from, to) = (before ?? after, after ?? before);
        return from is null || to is null
            ? default
            : new RoomFrame(Rgb.Lerp(from.Wall, to.Wall, blend), Rgb.Lerp(from.Lamp, to.Lamp, blend), Mix(from.LampIntensity, to.LampIntensity, blend),
                Mix(from.Rain, to.Rain, blend));
    }

    private static (MoteKind Kind, float Density, Rgb Colour, float Speed) Motes(DriftingMotes before, DriftingMotes after, float blend)
    {
        if (before.Kind == after.Kind)
        {
            return (KindOf(after), Mix(before.Density, after.Density, blend), Rgb.Lerp(before.Colour, after.Colour, blend),
                (float)Math.Min(ComfortBounds.MaxMoteSpeed, Mix(before.Speed, after.Speed, blend)));
        }

        var motes = blend < 0.5f ? before : after;
        var presence = Math.Abs((2 * blend) - 1);
        return (KindOf(motes), (float)motes.Density * presence, motes.Colour, (float)Math.Min(ComfortBounds.MaxMoteSpeed, motes.Speed));
    }

    /// <summary>The old one fading out over the first half of the change, the new one fading in over the second.</summary>
    private static (T? Shown, float Presence) FadeThrough<T>(T? before, T? after, float blend) =>
        blend < 0.5f ? (before, 1 - (2 * blend)) : (after, (2 * blend) - 1);

    private static GroundKind KindOf(GroundLook ground) => ground.Kind switch
    {
        "meadow" => GroundKind.Meadow,
        "sea" => GroundKind.Sea,
        "hills" => GroundKind.Hills,
        "room" => GroundKind.Room,
        _ => GroundKind.Plain,
    };

    private static MoteKind KindOf(DriftingMotes motes) => motes.Kind switch
    {
        "fireflies" => MoteKind.Fireflies,
        "embers" => MoteKind.Embers,
        _ => MoteKind.Dust,
    };
}
