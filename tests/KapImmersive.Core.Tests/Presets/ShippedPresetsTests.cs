using System.Text.Json;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;
using KapImmersive.Testing;

namespace KapImmersive.Core.Tests.Presets;

/// <summary>The presets in environments/ are real, valid, distinct and calm, and the schema editors use agrees with the validator.</summary>
public sealed class ShippedPresetsTests
{
    private static readonly string Folder = RepositoryRoot.Combine("environments");

    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Select(f => Path.GetFileName(f))];

    [Fact]
    public void There_are_at_least_four_distinct_presets()
    {
        var presets = TestPresets.Shipped;
        Assert.True(presets.Count >= 4);
        Assert.Equal(presets.Count, presets.Select(p => p.Id).Distinct().Count());
        Assert.Equal(presets.Count, presets.Select(p => p.Sky.Zenith).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_preset_is_valid_names_its_schema_and_is_meant_for_a_dosing_session(string file)
    {
        var path = Path.Combine(Folder, file);
        var text = File.ReadAllText(path);
        var result = PresetParser.Parse(text, new PresetSource(Path.GetFileNameWithoutExtension(file), a => File.Exists(Path.Combine(Folder, a))));
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var preset = result.Preset;
        Assert.Contains("\"$schema\": \"./preset.schema.json\"", text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(preset.Description));
        Assert.True(preset.Sky.Zenith.Luminance < 0.1 && preset.Sky.Horizon.Luminance < 0.1, "a dosing room is dim");
        Assert.True(Math.Abs(preset.Sky.Zenith.Luminance - preset.Sky.Horizon.Luminance) < 0.08, "low contrast across the sky");
        Assert.True(preset.Atmosphere.Motes.Speed <= ComfortBounds.MaxMoteSpeed);
        Assert.True(preset.Atmosphere.Stars.DriftDegreesPerMinute <= ComfortBounds.MaxStarDriftDegreesPerMinute);
        Assert.True(preset.Music.Volume <= preset.Music.Ceiling);
        Assert.NotNull(preset.Music.Soundscape);
    }

    [Fact]
    public void The_schema_lists_the_validators_vocabulary_and_bounds()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "preset.schema.json")));
        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        var music = root.GetProperty("properties").GetProperty("music").GetProperty("properties");
        var soundscape = music.GetProperty("soundscape").GetProperty("properties");
        Assert.Equal(SoundscapeVocabulary.Keys, Enum(soundscape.GetProperty("key")));
        Assert.Equal(SoundscapeVocabulary.Scales, Enum(soundscape.GetProperty("scale")));
        var layer = soundscape.GetProperty("layers").GetProperty("items").GetProperty("properties");
        Assert.Equal(SoundscapeVocabulary.LayerKinds, Enum(layer.GetProperty("kind")));
        Assert.Equal(SoundscapeVocabulary.NoiseTextures, Enum(layer.GetProperty("texture")));
        var safety = root.GetProperty("properties").GetProperty("safety").GetProperty("properties");
        Assert.Equal(SafetyBounds.MinDarknessFullRangeSeconds, safety.GetProperty("darknessFullRangeSeconds").GetProperty("minimum").GetDouble());
        Assert.Equal(SafetyBounds.MinVolumeFullRangeSeconds, safety.GetProperty("volumeFullRangeSeconds").GetProperty("minimum").GetDouble());
        Assert.Equal(SoundscapeVocabulary.MinLoudnessTarget, music.GetProperty("loudnessTarget").GetProperty("minimum").GetDouble());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_field_a_shipped_preset_uses_is_described_in_the_schema(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "preset.schema.json")));
        using var preset = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        AssertDescribed(preset.RootElement, schema.RootElement, "$");
    }

    private static void AssertDescribed(JsonElement value, JsonElement schema, string path)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.GetProperty("properties");
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(property.Name, out var child), $"{path}.{property.Name} is not in the schema");
                AssertDescribed(property.Value, child, $"{path}.{property.Name}");
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            foreach (var item in value.EnumerateArray())
            {
                AssertDescribed(item, items, $"{path}[]");
            }
        }
    }

    private static string[] Enum(JsonElement property) => [.. property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
}
