using KapImmersive.Cli.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests;

/// <summary>How `kap` answers a wrong call, and that every command explains itself the same way.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("kap headset simulate: unknown option --pasword; did you mean --password?", "headset", "simulate", "--id", "room-1", "--pasword", "x")]
    [InlineData("kap preset: 'valdate' is not a command; did you mean validate?", "preset", "valdate", "environments")]
    [InlineData("kap console send setDarkness: unknown option --levl; did you mean --level?", "console", "send", "--to", "room-1", "setDarkness", "--levl", "1")]
    [InlineData("kap console send: 'setDarknes' is not a command; did you mean setDarkness?", "console", "send", "--to", "room-1", "setDarknes")]
    [InlineData("kap audio render: option '--minutes' is required", "audio", "render", "environments/warm-room.json", "--out", "x.wav")]
    [InlineData("kap render: --at: 'soon' is not a number", "render", "environments/dusk-meadow.json", "--at", "soon", "--out", "x.png")]
    [InlineData("kap render: --eye: 'third' is not one of left, right, both, preview", "render", "environments/dusk-meadow.json", "--at", "1", "--out", "x.png", "--eye", "third")]
    [InlineData("kap console send clearMessage: --to: 'Room 1' is not a headset id (lowercase letters, digits, '-' or '_')", "console", "send", "--to", "Room 1", "clearMessage")]
    [InlineData("kap headset simulate: --port: 70000 is out of range; use 0 to 65535", "headset", "simulate", "--id", "room-1", "--port", "70000")]
    [InlineData("kap: 'teleport' is not a command; the commands are audio, broker, completion, console, demo, headset, preset, render", "teleport")]
    [InlineData("kap: name a command: audio, broker, completion, console, demo, headset, preset, render")]
    public async Task A_wrong_call_exits_2_with_one_plain_line_and_the_usage(string line, params string[] words)
    {
        var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, words);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal([line], lines[..1]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("usage: kap", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_usage_names_the_required_options_and_where_the_rest_is_explained()
    {
        var (_, _, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "audio", "render", "environments/warm-room.json", "--out", "x.wav");
        Assert.EndsWith("usage: kap audio render PRESET --minutes <N> --out <FILE.wav> [options]   ('kap audio render --help' says more)\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_has_the_same_help_layout()
    {
        foreach (var command in Program.Commands)
        {
            var (code, output, error) = await KapRunner.RunAsync(RepositoryRoot.Path, [.. command.Name.Split(' '), "--help"]);

            Assert.True(code == 0, $"kap {command.Name} --help: {error}");
            Assert.StartsWith($"Description:\n  {command.Summary}\n\nUsage:\n  kap {command.Name}", output, StringComparison.Ordinal);
            Assert.Contains("\nOptions:\n", output, StringComparison.Ordinal);
            Assert.Contains("  -h, --help ", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_alone_lists_every_command_group()
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "help");
        Assert.Equal(0, code);
        foreach (var word in Program.Commands.Select(c => c.Name.Split(' ')[0]).Distinct())
        {
            Assert.Contains($"\n  {word} ", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("headset simu", "simulate")]
    [InlineData("headset simulate --pass", "--password")]
    [InlineData("headset simulate --id room-1 --display ", "Headless", "Window", "Xr")]
    [InlineData("render environments/dusk-meadow.json --eye ", "both", "left", "preview", "right")]
    [InlineData("console send --to room-1 setDark", "setDarkness")]
    [InlineData("console send --to room-1 answerCheckIn --answer ", "notOkay", "okay")]
    [InlineData("console send --to room-1 setDarkness --l", "--level")]
    public async Task Tab_completion_offers_what_may_come_next(string line, params string[] offered)
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, $"[suggest:{line.Length}]", line);

        Assert.Equal(0, code);
        var words = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(offered, word => Assert.Contains(word, words));
        Assert.DoesNotContain("reportHeadsetWorn", words);
    }
}
