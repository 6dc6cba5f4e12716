using System.Text.Json;
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
        var files = m.Array("files");
        foreach (var (file, path) in files)
        {
            CheckAudioFile(m.Check, file, path, source);
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

    /// <summary>
    /// A file of the audio folder, by plain name. A path is refused before anything is looked up, so the answer never
    /// tells whether a file outside that folder exists.
    /// </summary>
    private static void CheckAudioFile(PresetCheck check, JsonElement file, string path, PresetSource source)
    {
        var example = $"e.g. \"rain.ogg\" for {PresetAudio.FolderName}/rain.ogg beside the presets' folder";
        if (JsonValues.StringOf(file) is not { } name)
        {
            check.AtValue(path, $"expected the name of a .wav, .mp3 or .ogg file, {example}; found {JsonValues.Describe(file)}");
        }
        else if (!PresetAudio.IsPlainFileName(name))
        {
            check.AtValue(path, $"{PresetText.Echo(name)} is not a plain file name; name a .wav, .mp3 or .ogg file of the audio folder (at most {PresetAudio.MaxFileNameLength} characters, no folders), {example}");
        }
        else if (source.AudioFileExists is { } exists && !exists(name))
        {
            check.AtValue(path, $"{PresetText.Echo(name)} is not in the audio folder beside the presets' folder");
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
        s.WholeNumber("seed", 0, int.MaxValue);
        s.OneOf("key", SoundscapeVocabulary.Keys);
        s.OneOf("scale", SoundscapeVocabulary.Scales);
        foreach (var (element, path) in s.Array("layers"))
        {
            var layer = new JsonScope(s.Check, element, path);
            if (element.ValueKind != JsonValueKind.Object)
            {
                layer.Report("expected a layer in { } with a name and a kind");
                continue;
            }

            layer.OnlyKnown("name", "kind", "level", "brightness", "texture", "density", "octave");
            if (layer.Text("name", 40, required: true, hint: "phases refer to a layer by its name") is { } name && !names.Add(name))
            {
                layer.Report("name", $"another layer is already called {PresetText.Echo(name)}; names must differ");
            }

            var kind = layer.OneOf("kind", SoundscapeVocabulary.LayerKinds, required: true, hint: "pad, noise, drone or bells");
            layer.Number("level", 0, 1);
            layer.Number("brightness", 0, 1);
            layer.Number("density", 0, SoundscapeVocabulary.MaxBellsPerMinute, hint: "strikes a minute:");
            layer.WholeNumber("octave", 1, 5);
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
            var name = JsonValues.StringOf(element);
            if (name is null || !layers.Contains(name))
            {
                var found = name is null ? JsonValues.Describe(element) : PresetText.Echo(name);
                p.Check.AtValue(path, $"{found} is not a layer of music.soundscape; it has {(layers.Count == 0 ? "none" : string.Join(", ", layers.Select(PresetText.Shorten)))}");
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
        if (b.Text("pattern", 40) is { } pattern && !PresetPatterns.Matches(PresetPatterns.BreathingText(), pattern))
        {
            b.Report("pattern", BreathingPatterns.TryParse(pattern, out _, out var error)
                ? $"{PresetText.Echo(pattern)}: write counts as seconds with at most two decimals, like 4-2-6 or 5.5-0-5.5, or one of {BreathingPatterns.BuiltInNames} in lowercase"
                : error);
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
