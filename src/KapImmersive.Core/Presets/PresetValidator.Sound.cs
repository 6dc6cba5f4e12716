using KapImmersive.Core.Breathing;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Presets;

internal static partial class PresetValidator
{
    private static void CheckMusic(JsonScope? music, PresetSource source)
    {
        if (music is not { } m)
        {
            return;
        }

        m.OnlyKnown("volume", "ceiling", "loudnessTarget", "crossfadeSeconds", "soundscape", "files", "phases");
        var ceiling = m.Number("ceiling", 0, 1, hint: "the loudest the clinician may go:") ?? 0.8;
        if (m.Number("volume", 0, 1) is { } volume && volume > ceiling)
        {
            m.Report("volume", "is above the ceiling; the session would start louder than the clinician may ever set it");
        }

        m.Number("loudnessTarget", SoundscapeVocabulary.MinLoudnessTarget, SoundscapeVocabulary.MaxLoudnessTarget, hint: "LUFS at full volume:");
        m.Number("crossfadeSeconds", 2, 60, hint: "so changes stay soft, use");
        var layers = CheckSoundscape(m.Object("soundscape"));
        var files = m.Array("files").ToList();
        foreach (var (file, path) in files)
        {
            var name = file.ValueKind == System.Text.Json.JsonValueKind.String ? file.GetString() : null;
            if (string.IsNullOrWhiteSpace(name) || !SoundscapeVocabulary.AudioFileExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                m.Check.AtValue(path, $"expected the path of a .wav, .mp3 or .ogg file, e.g. \"../audio/rain.ogg\"");
            }
            else if (source.AudioFileExists is { } exists && !exists(name))
            {
                m.Check.AtValue(path, $"'{name}' was not found; paths are relative to the preset's folder");
            }
        }

        if (m.Object("phases") is { } phases)
        {
            phases.OnlyKnown("preparation", "dosing", "return");
            foreach (var phase in new[] { "preparation", "dosing", "return" })
            {
                CheckPhaseMusic(phases.Object(phase), layers, files.Count > 0);
            }
        }
    }

    private static HashSet<string> CheckSoundscape(JsonScope? soundscape)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (soundscape is not { } s)
        {
            return names;
        }

        s.OnlyKnown("seed", "key", "scale", "layers");
        s.Number("seed", 0, int.MaxValue);
        s.OneOf("key", SoundscapeVocabulary.Keys);
        s.OneOf("scale", SoundscapeVocabulary.Scales);
        foreach (var (element, path) in s.Array("layers"))
        {
            var layer = new JsonScope(s.Check, element, path);
            if (element.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                layer.Report("expected a layer in { } with a name and a kind");
                continue;
            }

            layer.OnlyKnown("name", "kind", "level", "brightness", "texture", "density", "octave");
            if (layer.Text("name", 40, required: true, hint: "phases refer to a layer by its name") is { } name && !names.Add(name))
            {
                layer.Report("name", $"another layer is already called '{name}'; names must differ");
            }

            var kind = layer.OneOf("kind", SoundscapeVocabulary.LayerKinds, required: true, hint: "pad, noise, drone or bells");
            layer.Number("level", 0, 1);
            layer.Number("brightness", 0, 1);
            layer.Number("density", 0, SoundscapeVocabulary.MaxBellsPerMinute, hint: "strikes a minute:");
            layer.Number("octave", 1, 5);
            layer.OneOf("texture", SoundscapeVocabulary.NoiseTextures, required: kind == "noise", hint: "a noise layer needs a texture: ocean, wind or rain");
        }

        return names;
    }

    private static void CheckPhaseMusic(JsonScope? phase, HashSet<string> layers, bool hasFiles)
    {
        if (phase is not { } p)
        {
            return;
        }

        p.OnlyKnown("source", "layers", "intensity");
        if (p.OneOf("source", SoundscapeVocabulary.PhaseSources) == "files" && !hasFiles)
        {
            p.Report("source", "is 'files' but music.files lists none; add files or use 'soundscape'");
        }

        p.Number("intensity", 0, 1);
        foreach (var (element, path) in p.Array("layers"))
        {
            var name = element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString() : null;
            if (name is null || !layers.Contains(name))
            {
                p.Check.AtValue(path, $"'{name ?? element.GetRawText()}' is not a layer of music.soundscape; it has {(layers.Count == 0 ? "none" : string.Join(", ", layers))}");
            }
        }
    }

    private static void CheckBreathing(JsonScope? breathing)
    {
        if (breathing is not { } b)
        {
            return;
        }

        b.OnlyKnown("pattern", "enabled", "cueLevel", "cuePitch", "lightGlow");
        if (b.Text("pattern", 40) is { } pattern && !BreathingPatterns.TryParse(pattern, out _, out var error))
        {
            b.Report("pattern", error);
        }

        b.Bool("enabled");
        b.Bool("cuePitch");
        b.Number("cueLevel", 0, 1, hint: "relative to the music,");
        b.Number("lightGlow", 0, 1);
    }

    private static void CheckCheckIn(JsonScope? checkIn)
    {
        if (checkIn is not { } c)
        {
            return;
        }

        c.OnlyKnown("intervalMinutes", "prompt", "okLabel", "notOkLabel", "timeoutSeconds");
        c.Number("intervalMinutes", 0, 180, hint: "0 turns automatic check-ins off; otherwise");
        c.Text("prompt", SafetyBounds.MaxPromptLength, hint: "a short question, e.g. \"Are you comfortable?\"");
        c.Text("okLabel", 24);
        c.Text("notOkLabel", 24);
        c.Number("timeoutSeconds", SafetyBounds.MinCheckInTimeoutSeconds, SafetyBounds.MaxCheckInTimeoutSeconds, hint: "seconds to wait for an answer:");
    }

    private static void CheckSafety(JsonScope? safety)
    {
        if (safety is not { } s)
        {
            return;
        }

        s.OnlyKnown("darknessFullRangeSeconds", "volumeFullRangeSeconds");
        s.Number("darknessFullRangeSeconds", SafetyBounds.MinDarknessFullRangeSeconds, SafetyBounds.MaxDarknessFullRangeSeconds,
            hint: "light may only be made gentler than the fixed bound:");
        s.Number("volumeFullRangeSeconds", SafetyBounds.MinVolumeFullRangeSeconds, SafetyBounds.MaxVolumeFullRangeSeconds,
            hint: "sound may only be made gentler than the fixed bound:");
    }
}
