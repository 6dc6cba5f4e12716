using KapImmersive.Core.Protocol;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Presets;

/// <summary>Every rule a preset must meet, checked all at once so a therapist sees every problem in one go.</summary>
internal static partial class PresetValidator
{
    /// <summary>A dosing room is dim: no sky, ground or fog colour brighter than this (relative luminance; #7A7A7A is 0.19).</summary>
    public const double MaxSceneLuminance = 0.2;

    public static void Check(JsonScope root, PresetSource source)
    {
        root.OnlyKnown("$schema", "id", "name", "description", "author", "version", "sky", "ambient", "ground", "room", "atmosphere",
            "darkness", "music", "breathing", "checkIn", "safety");
        root.Text("$schema", 200, hint: "where editors find the schema: \"./preset.schema.json\"");
        var id = root.Text("id", Topics.MaxIdLength, required: true, hint: "a short name for files and the console, e.g. \"dusk-meadow\"");
        if (id is not null && !Topics.IsValidId(id))
        {
            root.Report("id", $"{PresetText.Echo(id)} is not a valid id; use lowercase letters, digits, '-' or '_', e.g. \"dusk-meadow\"");
        }
        else if (id is not null && source.FileStem is { } stem && stem != id)
        {
            root.Report("id", $"'{id}' differs from the file name '{stem}.json'; name the file after the id so each preset is found once");
        }

        root.Text("name", 60, required: true, hint: "the name clinicians see, e.g. \"Dusk meadow\"");
        root.Text("description", 600);
        root.Text("author", 120);
        if (root.Text("version", 20) is { } version && !PresetPatterns.Matches(PresetPatterns.VersionText(), version))
        {
            root.Report("version", $"{PresetText.Echo(version)} is not a version; use numbers like 1.0 or 1.2.0");
        }

        CheckSky(root.Object("sky", required: true));
        CheckLight(root);
        CheckAtmosphere(root.Object("atmosphere"));
        CheckDarkness(root.Object("darkness"));
        CheckMusic(root.Object("music"), source);
        CheckBreathing(root.Object("breathing"));
        CheckCheckIn(root.Object("checkIn"));
        CheckSafety(root.Object("safety"));
    }

    private static void CheckSky(JsonScope? sky)
    {
        if (sky is not { } s)
        {
            return;
        }

        s.OnlyKnown("zenith", "horizon", "glow", "moon", "clouds", "aurora", "milkyWay");
        s.Colour("zenith", required: true, hint: "the colour overhead, as #RRGGBB", maxLuminance: MaxSceneLuminance);
        s.Colour("horizon", required: true, hint: "the colour at the horizon, as #RRGGBB", maxLuminance: MaxSceneLuminance);
        if (s.Object("glow") is { } glow)
        {
            glow.OnlyKnown("colour", "intensity", "elevation", "azimuth");
            glow.Colour("colour");
            glow.Number("intensity", 0, 0.8, hint: "a calm glow uses");
            glow.Number("elevation", -10, 60, hint: "degrees above the horizon:");
            glow.Number("azimuth", 0, 360, hint: "compass degrees:");
        }

        CheckSkyElements(s);
    }

    private static void CheckLight(JsonScope root)
    {
        if (root.Object("ambient") is { } ambient)
        {
            ambient.OnlyKnown("colour", "intensity");
            ambient.Colour("colour", maxLuminance: MaxSceneLuminance);
            ambient.Number("intensity", 0, 1);
        }

        CheckGround(root);
    }

    private static void CheckAtmosphere(JsonScope? atmosphere)
    {
        if (atmosphere is not { } a)
        {
            return;
        }

        a.OnlyKnown("stars", "motes", "fog");
        if (a.Object("stars") is { } stars)
        {
            stars.OnlyKnown("density", "twinkle", "driftDegreesPerMinute");
            stars.Number("density", 0, 1);
            stars.Number("twinkle", 0, ComfortBounds.MaxTwinkle, hint: "to keep stars from flickering,");
            stars.Number("driftDegreesPerMinute", 0, ComfortBounds.MaxStarDriftDegreesPerMinute, hint: "so the sky never seems to move,");
        }

        if (a.Object("motes") is { } motes)
        {
            motes.OnlyKnown("kind", "density", "colour", "speed");
            motes.OneOf("kind", SceneVocabulary.MoteKinds);
            motes.Number("density", 0, 1);
            motes.Colour("colour");
            motes.Number("speed", 0, ComfortBounds.MaxMoteSpeed, hint: "motes drift, never dart: metres per second,");
        }

        if (a.Object("fog") is { } fog)
        {
            fog.OnlyKnown("density", "colour");
            fog.Number("density", 0, 1);
            fog.Colour("colour", maxLuminance: MaxSceneLuminance);
        }
    }

    private static void CheckDarkness(JsonScope? darkness)
    {
        if (darkness is not { } d)
        {
            return;
        }

        d.OnlyKnown("default", "min", "max");
        var min = d.Number("min", 0, 1) ?? 0;
        var max = d.Number("max", 0, 1) ?? 1;
        var start = d.Number("default", 0, 1);
        if (min > max)
        {
            d.Report("min", "is above max; the lightest allowed darkness must not be darker than the darkest");
        }
        else if (start is { } s && (s < min || s > max))
        {
            d.Report("default", $"is outside min..max; the session must start inside the range the clinician may use");
        }
    }
}
