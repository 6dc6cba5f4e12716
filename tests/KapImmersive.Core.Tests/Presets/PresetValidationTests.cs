using KapImmersive.Core.Presets;

namespace KapImmersive.Core.Tests.Presets;

/// <summary>Each rule, with the JSON path, the line and column, and words a therapist understands.</summary>
public sealed class PresetValidationTests
{
    private const string Valid = """
        {
          "id": "test-room",
          "name": "Test room",
          "sky": {
            "zenith": "#101828",
            "horizon": "#302838"
          },
          "darkness": { "default": 0.2, "min": 0, "max": 0.9 },
          "music": {
            "volume": 0.4,
            "ceiling": 0.7,
            "soundscape": {
              "layers": [
                { "name": "pad", "kind": "pad" },
                { "name": "sea", "kind": "noise", "texture": "ocean" }
              ]
            },
            "phases": { "dosing": { "source": "soundscape", "layers": ["pad", "sea"] } }
          },
          "breathing": { "pattern": "box" },
          "checkIn": { "prompt": "Are you comfortable?" },
          "safety": { "darknessFullRangeSeconds": 10 }
        }
        """;

    [Fact]
    public void The_reference_preset_is_valid_and_loads_with_defaults_for_what_it_leaves_out()
    {
        var result = PresetParser.Parse(Valid);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("test-room", result.Preset.Id);
        Assert.Equal(0.7, result.Preset.Music.Ceiling);
        Assert.Equal(90, result.Preset.CheckIn.TimeoutSeconds);
        Assert.Equal(2, result.Preset.Music.Soundscape!.Layers.Count);
        Assert.Equal("ocean", result.Preset.Music.Soundscape.Layers[1].Texture);
        Assert.Equal(0.5, result.Preset.Music.Soundscape.Layers[0].Level);
        Assert.Equal("major-pentatonic", result.Preset.Music.Soundscape.Scale);
        Assert.Equal(1, result.Preset.Music.Phases.Dosing!.Intensity);
        Assert.Equal(0.2, result.Preset.Sky.Glow.Intensity);
        Assert.Equal(4, result.Preset.Safety.VolumeFullRangeSeconds ?? 4);
        Assert.Null(result.Preset.Safety.VolumeFullRangeSeconds);
    }

    [Theory]
    [InlineData("\"zenith\": \"#101828\"", "\"zenith\": \"blu\"", "$.sky.zenith", 5, 15, "'blu' is not a colour; use #RRGGBB")]
    [InlineData("\"zenith\": \"#101828\"", "\"zenith\": \"#F0F0F0\"", "$.sky.zenith", 5, 15, "too bright for a dosing room")]
    [InlineData("\"zenith\": \"#101828\"", "\"zenit\": \"#101828\"", "$.sky.zenit", 5, 5, "unknown field 'zenit'; did you mean 'zenith'?")]
    [InlineData("\"zenith\": \"#101828\"", "\"zenit\": \"#101828\"", "$.sky", 4, 10, "'zenith' is missing")]
    [InlineData("\"id\": \"test-room\"", "\"id\": \"Test Room\"", "$.id", 2, 9, "not a valid id")]
    [InlineData("\"default\": 0.2", "\"default\": 1.4", "$.darkness.default", 8, 28, "1.4 is too high; use a number from 0 to 1")]
    [InlineData("\"min\": 0,", "\"min\": 0.95,", "$.darkness.min", 8, 40, "is above max")]
    [InlineData("\"volume\": 0.4", "\"volume\": 0.9", "$.music.volume", 10, 15, "above the ceiling")]
    [InlineData("\"volume\": 0.4", "\"volume\": \"loud\"", "$.music.volume", 10, 15, "expected a number, found text 'loud'")]
    [InlineData("\"kind\": \"pad\"", "\"kind\": \"pda\"", "$.music.soundscape.layers[0].kind", 14, 34, "'pda' is not one of pad, noise, drone, bells; did you mean 'pad'?")]
    [InlineData("\"texture\": \"ocean\"", "\"texture\": \"lava\"", "$.music.soundscape.layers[1].texture", 15, 54, "'lava' is not one of ocean, wind, rain")]
    [InlineData("\"name\": \"sea\"", "\"name\": \"pad\"", "$.music.soundscape.layers[1].name", 15, 19, "another layer is already called 'pad'")]
    [InlineData("[\"pad\", \"sea\"]", "[\"pad\", \"waves\"]", "$.music.phases.dosing.layers[1]", 18, 71, "'waves' is not a layer of music.soundscape; it has pad, sea")]
    [InlineData("\"source\": \"soundscape\"", "\"source\": \"files\"", "$.music.phases.dosing.source", 18, 39, "music.files lists none")]
    [InlineData("\"pattern\": \"box\"", "\"pattern\": \"1-1-1\"", "$.breathing.pattern", 20, 29, "at least 2 s")]
    [InlineData("\"prompt\": \"Are you comfortable?\"", "\"prompt\": \"\"", "$.checkIn.prompt", 21, 26, "is empty")]
    [InlineData("\"darknessFullRangeSeconds\": 10", "\"darknessFullRangeSeconds\": 3", "$.safety.darknessFullRangeSeconds", 22, 43, "3 is too low; light may only be made gentler")]
    public void Each_rule_names_the_path_the_line_and_what_to_do(string find, string replace, string path, int line, int column, string message)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var result = PresetParser.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));
        Assert.False(result.IsValid);
        var problem = Assert.Single(result.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_file_order()
    {
        var broken = Valid.Replace("\"#101828\"", "\"blu\"", StringComparison.Ordinal)
            .Replace("\"volume\": 0.4", "\"volume\": 2", StringComparison.Ordinal)
            .Replace("\"box\"", "\"panic\"", StringComparison.Ordinal);
        var problems = PresetParser.Parse(broken).Problems;
        Assert.Equal(["$.sky.zenith", "$.music.volume", "$.breathing.pattern"], problems.Select(p => p.Path));
        Assert.Equal(problems.OrderBy(p => p.Line).Select(p => p.Line), problems.Select(p => p.Line));
    }

    [Fact]
    public void Broken_json_is_reported_at_its_line_without_an_exception()
    {
        var result = PresetParser.Parse(Valid.Replace("\"name\": \"Test room\",", "\"name\": \"Test room\"", StringComparison.Ordinal));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(4, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_id_must_match_the_file_name_and_audio_files_must_be_in_the_audio_folder()
    {
        var withFile = Valid.Replace("\"volume\": 0.4,", "\"volume\": 0.4, \"files\": [\"rain.ogg\"],", StringComparison.Ordinal);
        var result = PresetParser.Parse(withFile, new PresetSource("other-name", _ => false));
        Assert.Contains(result.Problems, p => p.Path == "$.id" && p.Message.Contains("differs from the file name 'other-name.json'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Path == "$.music.files[0]" && p.Line == 10 && p.Message.Contains("'rain.ogg' is not in the audio folder", StringComparison.Ordinal));
        Assert.True(PresetParser.Parse(withFile, new PresetSource("test-room", name => name == "rain.ogg")).IsValid);
    }

    [Fact]
    public void A_preset_that_is_not_an_object_is_refused_plainly()
    {
        var problem = Assert.Single(PresetParser.Parse("[1, 2]").Problems);
        Assert.Equal("$", problem.Path);
        Assert.Contains("one group of settings", problem.Message, StringComparison.Ordinal);
    }
}
