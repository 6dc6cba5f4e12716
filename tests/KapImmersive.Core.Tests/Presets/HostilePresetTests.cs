using KapImmersive.Core.Presets;
using KapImmersive.Testing;

namespace KapImmersive.Core.Tests.Presets;

/// <summary>
/// Presets written wrongly on purpose or by accident (the reproductions of issue 16): each comes back as problems,
/// one line each with its place, never as an exception, and never lets a preset reach a file outside audio/.
/// </summary>
public sealed class HostilePresetTests
{
    private static readonly string Ocean = File.ReadAllText(RepositoryRoot.Combine("environments", "ocean-twilight.json"));

    [Theory]
    [InlineData("\"octave\": 3", "\"octave\": 3.0", 3)]
    [InlineData("\"octave\": 3", "\"octave\": 2e0", 2)]
    [InlineData("\"octave\": 3", "\"octave\": 50e-1", 5)]
    [InlineData("\"seed\": 42", "\"seed\": 42.0", 42)]
    [InlineData("\"seed\": 42", "\"seed\": 2e0", 2)]
    [InlineData("\"seed\": 42", "\"seed\": 2147483647.0", int.MaxValue)]
    public void A_whole_number_written_with_a_point_or_an_exponent_loads_as_that_number(string find, string replace, int expected)
    {
        var result = Parse(find, replace);
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        var soundscape = result.Preset.Music.Soundscape!;
        Assert.Equal(expected, find.Contains("seed", StringComparison.Ordinal) ? soundscape.Seed : soundscape.Layers[1].Octave);
    }

    [Theory]
    [InlineData("\"octave\": 3", "\"octave\": 2.5", "$.music.soundscape.layers[1].octave", "2.5 is not a whole number")]
    [InlineData("\"seed\": 42", "\"seed\": 4.2", "$.music.soundscape.seed", "4.2 is not a whole number")]
    [InlineData("\"seed\": 42", "\"seed\": 2147483648", "$.music.soundscape.seed", "2147483648 is too high")]
    [InlineData("\"intensity\": 0.25", "\"intensity\": 1e400", "$.sky.glow.intensity", "1e400 is too high")]
    [InlineData("\"intensity\": 0.25", "\"intensity\": 0.80000000000000001", "$.sky.glow.intensity", "0.80000000000000001 is too high")]
    public void A_number_that_is_not_whole_or_out_of_range_however_written_is_a_problem(string find, string replace, string path, string message) =>
        AssertProblem(Parse(find, replace), path, message);

    [Theory]
    [InlineData("\"name\": \"Ocean twilight\"", "\"name\": \"x\\udfff\"", "$.name")]
    [InlineData("\"name\": \"surf\"", "\"name\": \"\\ud83c\"", "$.music.soundscape.layers[0].name")]
    [InlineData("[\"surf\", \"tide-pad\"]", "[\"surf\\udfff\", \"tide-pad\"]", "$.music.phases.preparation.layers[0]")]
    [InlineData("\"zenith\": \"#141C3A\"", "\"zenith\": \"#141C3A\", \"x\\udfff\": 1", "$.sky['x\\udfff']")]
    [InlineData("\"$schema\": \"./preset.schema.json\"", "\"$schema\": \"\\udfff\"", "$['$schema']")]
    public void An_escaped_half_of_a_surrogate_pair_is_a_problem_where_it_stands(string find, string replace, string path) =>
        AssertProblem(Parse(find, replace), path, "half a character");

    [Fact]
    public void A_field_written_twice_is_a_problem_at_the_second_one()
    {
        var result = Parse("\"intensity\": 0.25,", "\"intensity\": 0.25, \"intensity\": 0.25,");
        var problem = AssertProblem(result, "$.sky.glow.intensity", "written a second time");
        Assert.Equal((11, 55), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("7")]
    [InlineData("\"  \"")]
    public void A_schema_reference_that_is_not_text_is_refused(string value) =>
        AssertProblem(Parse("\"$schema\": \"./preset.schema.json\"", $"\"$schema\": {value}"), "$['$schema']", "");

    [Theory]
    [InlineData("🌊", 40, true)]
    [InlineData("👨‍👩‍👧", 40, true)]
    [InlineData("e\u0301", 40, true)]
    [InlineData("🌊", 41, false)]
    public void Text_length_counts_characters_as_a_person_sees_them(string character, int times, bool fits)
    {
        var name = string.Concat(Enumerable.Repeat(character, times));
        var result = Parse("\"name\": \"surf\"", $"\"name\": \"{name}\"").Problems.Where(p => p.Path == "$.music.soundscape.layers[0].name");
        Assert.Equal(fits, !result.Any());
        Assert.All(result, p => Assert.Equal($"is {times} characters long; keep it to 40", p.Message));
    }

    [Theory]
    [InlineData("\"id\": \"ocean-twilight\"", "\"id\": \"dusk\\n\"", "'dusk\\n' is not a valid id")]
    [InlineData("\"key\": \"E\"", "\"key\": \"E\\r\\nF\"", "'E\\r\\nF' is not one of")]
    [InlineData("\"horizon\": \"#2F4A5C\"", "\"horizon\": \"a\\u2028b\\u202e\"", "'a\\u2028b\\u202e' is not a colour")]
    [InlineData("\"zenith\": \"#141C3A\"", "\"zenith\": \"#141C3A\", \"odd\\nname\": 1", "unknown field 'odd\\nname'")]
    public void Every_value_a_problem_repeats_is_written_on_one_line(string find, string replace, string message)
    {
        var result = Parse(find, replace);
        Assert.Contains(result.Problems, p => p.Message.Contains(message, StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.False(p.InFile("x.json").AsSpan().ContainsAny("\n\r\u2028\u202e"), p.ToString()));
    }

    [Theory]
    [InlineData("", 1, 1, "the preset is empty")]
    [InlineData("  \n  ", 1, 1, "the preset is empty")]
    [InlineData("hello", 1, 1, "a preset starts with {; found 'hello'")]
    [InlineData("{\n  \"id\": \"a\",\n}", 3, 1, "remove the comma before this }")]
    [InlineData("{\n  \"id\": \"a\"\n  \"name\": \"b\"\n}", 3, 3, "expected ',' or '}' after the value before; found '\"name\"' (is a comma missing?)")]
    [InlineData("{\n  'id': 1\n}", 2, 3, "field names need double quotes")]
    [InlineData("{\n  \"id\": blue\n}", 2, 9, "'blue' is not a value; text needs double quotes")]
    [InlineData("{\n  \"id\": \"abc", 2, 13, "text in quotes is not closed")]
    [InlineData("{\n  \"sky\": {", 2, 11, "the text ends too soon")]
    [InlineData("{ \"id\": 01 }", 1, 9, "'01' is not a number as JSON writes them")]
    public void Text_that_is_not_json_is_described_in_plain_words_at_its_line_and_column(string text, int line, int column, string message)
    {
        var problem = Assert.Single(PresetParser.Parse(text).Problems);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        foreach (var parserWords in new[] { "LineNumber", "BytePositionInLine", "isFinalBlock", "token", "JSON value could not" })
        {
            Assert.DoesNotContain(parserWords, problem.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/usr/share/sounds/alsa/Front_Center.wav")]
    [InlineData("../audio/rain.ogg")]
    [InlineData("../../../../etc/passwd.wav")]
    [InlineData("sub/rain.ogg")]
    [InlineData("sub\\\\rain.ogg")]
    [InlineData("C:rain.wav")]
    [InlineData("..wav")]
    [InlineData(".hidden.ogg")]
    [InlineData("rain.ogg\\n")]
    public void A_sound_file_named_by_a_path_is_refused_before_anything_is_looked_up(string file)
    {
        var asked = new List<string>();
        var exists = PresetParser.Parse(WithFile(file), new PresetSource(null, name => { asked.Add(name); return true; }));
        var missing = PresetParser.Parse(WithFile(file), new PresetSource(null, name => { asked.Add(name); return false; }));
        Assert.Empty(asked);
        AssertProblem(exists, "$.music.files[0]", "is not a plain file name");
        Assert.Equal(exists.Problems.AsEnumerable(), missing.Problems.AsEnumerable());
    }

    [Fact]
    public void A_sound_file_is_looked_up_by_its_plain_name_in_the_audio_folder()
    {
        var asked = new List<string>();
        Assert.True(PresetParser.Parse(WithFile("Rain.OGG"), new PresetSource(null, name => { asked.Add(name); return true; })).IsValid);
        Assert.Equal(["Rain.OGG"], asked);
        AssertProblem(PresetParser.Parse(WithFile("tide.wav"), new PresetSource(null, _ => false)), "$.music.files[0]", "'tide.wav' is not in the audio folder");
        Assert.Equal(Path.Combine("/clinic/environments", "..", "audio", "rain.ogg"), PresetAudio.PathOf("/clinic/environments", "rain.ogg"));
        Assert.Throws<ArgumentException>(() => PresetAudio.PathOf("/clinic/environments", "../secret.wav"));
    }

    private static string WithFile(string file) =>
        Ocean.Replace("\"crossfadeSeconds\": 10,", $"\"crossfadeSeconds\": 10, \"files\": [\"{file}\"],", StringComparison.Ordinal);

    private static PresetParseResult Parse(string find, string replace)
    {
        Assert.Contains(find, Ocean, StringComparison.Ordinal);
        return PresetParser.Parse(Ocean.Replace(find, replace, StringComparison.Ordinal));
    }

    private static PresetProblem AssertProblem(PresetParseResult result, string path, string message)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Problems, p => p.Path == path && p.Message.Contains(message, StringComparison.Ordinal));
    }
}
