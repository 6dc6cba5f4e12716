using System.Text.RegularExpressions;
using KapImmersive.Cli.Tests.Support;
using KapImmersive.Core.Tests.Presets.Mutants;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests;

/// <summary>`kap preset validate` and `show` on files written to break them: every problem a line, every file checked.</summary>
public sealed partial class HostilePresetFolderTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-hostile-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task A_folder_of_a_thousand_mutated_presets_is_checked_to_the_end_one_line_per_problem()
    {
        foreach (var mutant in PresetMutants.Generate(RepositoryRoot.Combine("environments"), 1000, seed: 1230))
        {
            await File.WriteAllTextAsync(Path.Combine(_scratch, mutant.Name), mutant.Text);
        }

        var (code, output, error) = await KapRunner.RunAsync(_scratch, "preset", "validate", ".");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^1000 preset\(s\) checked: \d+ valid, \d+ with problems$", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches(ProblemOrOk(), line));
        Assert.Equal(1000, lines[..^1].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().Count());
        Assert.True(lines.Count(l => l.Contains(": ok (", StringComparison.Ordinal)) >= 50, "enough mutants stay valid to load as presets");
    }

    [Fact]
    public async Task The_files_that_crashed_it_are_each_reported_and_the_others_still_checked()
    {
        var ocean = await File.ReadAllTextAsync(RepositoryRoot.Combine("environments", "ocean-twilight.json"));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "ocean-twilight.json"), ocean.Replace("\"octave\": 3", "\"octave\": 3.0", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "a-surrogate.json"), ocean.Replace("\"Ocean twilight\"", "\"x\\udfff\"", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "b-twice.json"), ocean.Replace("\"intensity\": 0.25,", "\"intensity\": 0.25, \"intensity\": 0.25,", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "c-empty.json"), "");
        File.Copy(RepositoryRoot.Combine("environments", "warm-room.json"), Path.Combine(_scratch, "warm-room.json"));

        var (code, output, _) = await KapRunner.RunAsync(_scratch, "preset", "validate", ".");
        Assert.Equal(1, code);
        Assert.Contains("a-surrogate.json:4:11: $.name: holds the escape of half a character", output, StringComparison.Ordinal);
        Assert.Contains("b-twice.json:11:55: $.sky.glow.intensity: this field is written a second time", output, StringComparison.Ordinal);
        Assert.Contains("c-empty.json:1:1: $: the preset is empty", output, StringComparison.Ordinal);
        Assert.Contains("ocean-twilight.json: ok (Ocean twilight)", output, StringComparison.Ordinal);
        Assert.Contains("warm-room.json: ok (Warm neutral room)", output, StringComparison.Ordinal);
        Assert.Contains("5 preset(s) checked: 2 valid, 3 with problems", output, StringComparison.Ordinal);

        var (showCode, frame, showError) = await KapRunner.RunAsync(_scratch, "preset", "show", "ocean-twilight.json", "--at", "5");
        Assert.True(showCode == 0, showError);
        Assert.Contains("\"preset\": \"ocean-twilight\"", frame, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sound_files_are_found_by_plain_name_in_the_audio_folder_and_a_path_never_tells_whether_a_file_exists()
    {
        var presets = Directory.CreateDirectory(Path.Combine(_scratch, "environments")).FullName;
        Directory.CreateDirectory(Path.Combine(_scratch, "audio"));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "audio", "rain.wav"), "RIFF");
        var existing = Path.Combine(_scratch, "audio", "rain.wav");
        var ocean = await File.ReadAllTextAsync(RepositoryRoot.Combine("environments", "ocean-twilight.json"));
        string WithFile(string file) => ocean.Replace("\"crossfadeSeconds\": 10,", $"\"crossfadeSeconds\": 10, \"files\": [\"{file}\"],", StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(presets, "ocean-twilight.json"), WithFile("rain.wav"));
        var (code, output, _) = await KapRunner.RunAsync(presets, "preset", "validate", "ocean-twilight.json");
        Assert.True(code == 0, output);

        var answers = new List<string>();
        foreach (var file in new[] { existing, existing + ".missing.wav", "../audio/rain.wav", "../audio/gone.wav" })
        {
            await File.WriteAllTextAsync(Path.Combine(presets, "ocean-twilight.json"), WithFile(file));
            (code, output, _) = await KapRunner.RunAsync(presets, "preset", "validate", "ocean-twilight.json");
            Assert.Equal(1, code);
            Assert.Contains("is not a plain file name", output, StringComparison.Ordinal);
            answers.Add(EchoedValue().Replace(output, "'…'"));
        }

        Assert.Single(answers.Distinct());
    }

    [GeneratedRegex(@"^m[0-9]{4}-[a-z-]+\.json(:[0-9]+:[0-9]+: \$.*: \S.*|: ok \(.*\))$")]
    private static partial Regex ProblemOrOk();

    [GeneratedRegex("'[^']*'")]
    private static partial Regex EchoedValue();
}
