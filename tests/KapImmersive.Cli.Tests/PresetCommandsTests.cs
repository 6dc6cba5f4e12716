using System.Text.Json;
using KapImmersive.Cli.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests;

public sealed class PresetCommandsTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Validating_the_shipped_environments_succeeds()
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "preset", "validate", "environments");
        Assert.Equal(0, code);
        Assert.Contains("environments/night-sky.json: ok (Night sky)", output, StringComparison.Ordinal);
        Assert.Contains("0 with problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_colour_on_line_7_is_reported_with_file_line_column_path_and_message()
    {
        await File.WriteAllTextAsync(Path.Combine(_scratch, "bad-colour.json"), """
            {
              "id": "bad-colour",
              "name": "Bad colour",
              "sky": {
                "horizon": "#202030",
                "glow": { "intensity": 0.1 },
                "zenith": "blu"
              }
            }
            """);
        var (code, output, _) = await KapRunner.RunAsync(_scratch, "preset", "validate", "bad-colour.json");
        Assert.Equal(1, code);
        Assert.Contains("bad-colour.json:7:15: $.sky.zenith: 'blu' is not a colour; use #RRGGBB", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_file_of_a_folder_is_checked_and_one_bad_file_fails_the_run()
    {
        File.Copy(RepositoryRoot.Combine("environments", "warm-room.json"), Path.Combine(_scratch, "warm-room.json"));
        await File.WriteAllTextAsync(Path.Combine(_scratch, "broken.json"), "{ \"id\": ");
        var (code, output, _) = await KapRunner.RunAsync(_scratch, "preset", "validate", ".");
        Assert.Equal(1, code);
        Assert.Contains("warm-room.json: ok", output, StringComparison.Ordinal);
        Assert.Contains("broken.json:1:", output, StringComparison.Ordinal);
        Assert.Contains("2 preset(s) checked: 1 valid, 1 with problems", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("preset", "validate")]
    [InlineData("preset", "validate", "no-such-folder")]
    [InlineData("preset", "show", "environments/night-sky.json")]
    [InlineData("preset", "show", "environments/night-sky.json", "--at", "soon")]
    [InlineData("preset", "show", "environments/night-sky.json", "--at", "5", "--breathing", "panic")]
    [InlineData("teleport")]
    public async Task Usage_errors_exit_with_2_and_say_what_was_wrong(params string[] words)
    {
        var (code, _, error) = await KapRunner.RunAsync(RepositoryRoot.Path, words);
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public async Task Show_prints_the_scene_at_that_moment_as_json()
    {
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path,
            "preset", "show", "environments/night-sky.json", "--at", "30", "--darkness", "0.8", "--breathing", "box");
        Assert.True(code == 0, error);
        using var frame = JsonDocument.Parse(output);
        var root = frame.RootElement;
        Assert.Equal("night-sky", root.GetProperty("preset").GetString());
        Assert.Equal("dosing", root.GetProperty("phase").GetString());
        Assert.Equal(0.8, root.GetProperty("light").GetProperty("darkness").GetDouble(), 3);
        Assert.True(root.GetProperty("light").GetProperty("exposure").GetDouble() < 0.25);
        Assert.Equal(1, root.GetProperty("breathing").GetProperty("presence").GetDouble());
        Assert.Matches("^#[0-9A-F]{6}$", root.GetProperty("light").GetProperty("skyZenithSeen").GetString());
    }

    [Fact]
    public async Task Show_follows_a_script_of_commands()
    {
        var script = Path.Combine(_scratch, "arc.json");
        await File.WriteAllTextAsync(script, """[{ "at": 10, "type": "showMessage", "args": { "text": "Breathe with the light." } }]""");
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "preset", "show", "environments/warm-room.json", "--at", "15", "--script", script);
        Assert.True(code == 0, error);
        using var frame = JsonDocument.Parse(output);
        Assert.Equal("Breathe with the light.", frame.RootElement.GetProperty("panels").GetProperty("message").GetString());
    }
}
