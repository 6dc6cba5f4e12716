using System.Text.Json;
using Json.Schema;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Tests.Presets.Mutants;
using KapImmersive.Testing;
using Xunit.Abstractions;

namespace KapImmersive.Core.Tests.Presets;

/// <summary>
/// The validator and the schema editors use say the same of thousands of mutated presets, judged by an independent
/// JSON Schema validator (JsonSchema.Net, draft 2020-12): whatever the schema refuses the validator refuses, and
/// the validator refuses more only by the rules a schema cannot state, each named below. The validator never throws.
/// </summary>
public sealed class ValidatorAgreesWithSchemaTests(ITestOutputHelper output)
{
    private const int Seed = 16;
    private const int Count = 3000;
    private const string Repeated = "written a second time";

    /// <summary>Rules that compare two values, look at the file or at the JSON text itself: beyond what a schema states.</summary>
    private static readonly (string Rule, string MessagePart)[] BeyondTheSchema =
    [
        ("a colour dim enough for a dosing room", "too bright for a dosing room"),
        ("darkness min at most max", "is above max"),
        ("darkness default within min..max", "is outside min..max"),
        ("volume at most the ceiling", "is above the ceiling"),
        ("layer names that differ", "another layer is already called"),
        ("phase layers that exist", "is not a layer of music.soundscape"),
        ("no field written twice in a group", Repeated),
        ("no escaped half of a character", "half a character"),
        // .NET's regular expressions (so JsonSchema.Net's) let $ match before a final line break; JavaScript's, which
        // editors use, and the validator's do not: "1.0\n" is no version.
        ("a pattern's $ is the end of the text, not a final line break", "\\n'"),
    ];

    [Fact]
    public void Whatever_the_schema_refuses_the_validator_refuses_and_it_refuses_more_only_by_rules_a_schema_cannot_state()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryRoot.Combine("environments", "preset.schema.json")));
        var options = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = new List<string>();
        foreach (var mutant in PresetMutants.Generate(RepositoryRoot.Combine("environments"), Count, Seed))
        {
            var validator = PresetParser.Parse(mutant.Text);
            AssertEachProblemIsOnePlainLine(mutant, validator);
            var schemaSays = SchemaVerdict(schema, options, mutant.Text);
            var verdict = (schemaSays, validator.IsValid) switch
            {
                (true, true) => "both accept",
                (false, false) => "both refuse",
                (null, false) => "not JSON a schema can read; the validator refuses",
                (true, false) when Unexplained(validator) is { } problem =>
                    Disagree(disagreements, mutant, "only the validator refuses, by a rule the schema should state", problem),
                (true, false) => $"only the validator refuses, by a rule beyond the schema: {RuleBeyond(validator)}",
                _ => Disagree(disagreements, mutant, "the schema refuses what the validator accepts", ""),
            };
            tally[verdict] = tally.GetValueOrDefault(verdict) + 1;
        }

        foreach (var (verdict, count) in tally.OrderByDescending(t => t.Value))
        {
            output.WriteLine($"{count,5}  {verdict}");
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreement(s):\n{string.Join("\n", disagreements.Take(15))}");
        Assert.True(tally.GetValueOrDefault("both accept") >= Count / 20, "enough mutants stay valid to show the validator accepts what it should");
        Assert.True(tally.GetValueOrDefault("both refuse") >= Count / 2, "most mutants break a rule the schema states");
    }

    [Fact]
    public void The_schema_states_each_pattern_and_limit_exactly_as_the_validator_holds_it()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("environments", "preset.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        var music = properties.GetProperty("music").GetProperty("properties");
        Assert.Equal(PresetPatterns.Id, properties.GetProperty("id").GetProperty("pattern").GetString());
        Assert.Equal(PresetPatterns.Version, properties.GetProperty("version").GetProperty("pattern").GetString());
        Assert.Equal(PresetPatterns.Colour, properties.GetProperty("sky").GetProperty("properties").GetProperty("zenith").GetProperty("pattern").GetString());
        Assert.Equal(PresetPatterns.Breathing, properties.GetProperty("breathing").GetProperty("properties").GetProperty("pattern").GetProperty("pattern").GetString());
        var file = music.GetProperty("files").GetProperty("items");
        Assert.Equal(PresetAudio.FileNamePattern, file.GetProperty("pattern").GetString());
        Assert.Equal(PresetAudio.MaxFileNameLength, file.GetProperty("maxLength").GetInt32());
        var seed = music.GetProperty("soundscape").GetProperty("properties").GetProperty("seed");
        Assert.Equal(int.MaxValue, seed.GetProperty("maximum").GetInt32());
        foreach (var text in new[] { properties.GetProperty("name"), properties.GetProperty("description"), properties.GetProperty("$schema") })
        {
            Assert.Equal(PresetText.NotBlankPattern, text.GetProperty("pattern").GetString());
        }
    }

    private static bool? SchemaVerdict(JsonSchema schema, EvaluationOptions options, string text)
    {
        try
        {
            // A byte-order mark is no part of the JSON: editors and File.ReadAllText drop it, and so does the validator.
            using var document = JsonDocument.Parse(text.TrimStart('\uFEFF'));
            return schema.Evaluate(document.RootElement, options).IsValid;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Not JSON, or text no program can read (an escaped half of a surrogate pair): no verdict to compare.
            return null;
        }
    }

    /// <summary>
    /// The first problem no rule beyond the schema explains. A field written twice explains them all: a schema
    /// validator sees one of the two values (JsonSchema.Net the first), the validator checks the other as well.
    /// </summary>
    private static string? Unexplained(PresetParseResult result) =>
        result.Problems.Any(p => p.Message.Contains(Repeated, StringComparison.Ordinal))
            ? null
            : result.Problems.Select(p => p.ToString()).FirstOrDefault(p => !BeyondTheSchema.Any(b => p.Contains(b.MessagePart, StringComparison.Ordinal)));

    private static string RuleBeyond(PresetParseResult result) =>
        result.Problems.Any(p => p.Message.Contains(Repeated, StringComparison.Ordinal))
            ? "no field written twice in a group"
            : BeyondTheSchema.First(b => result.Problems[0].Message.Contains(b.MessagePart, StringComparison.Ordinal)).Rule;

    private static string Disagree(List<string> disagreements, PresetMutant mutant, string what, string problem)
    {
        disagreements.Add($"{mutant.Name} ({mutant.Changes}): {what} {problem}");
        return what;
    }

    private static void AssertEachProblemIsOnePlainLine(PresetMutant mutant, PresetParseResult result)
    {
        Assert.True(result.IsValid || !result.Problems.IsEmpty, $"{mutant.Name}: refused without a problem");
        foreach (var problem in result.Problems)
        {
            var line = problem.InFile(mutant.Name);
            Assert.True(problem.Line >= 1 && problem.Column >= 1, $"{mutant.Name}: {line}");
            Assert.False(line.AsSpan().ContainsAny("\n\r\u2028\u2029\u0085"), $"{mutant.Name} ({mutant.Changes}): a problem spans lines: {line}");
            Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
            Assert.DoesNotContain("isFinalBlock", line, StringComparison.Ordinal);
        }
    }
}
