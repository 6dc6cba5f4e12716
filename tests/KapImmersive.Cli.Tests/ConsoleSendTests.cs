using KapImmersive.Cli.Commands;
using KapImmersive.Cli.Tests.Support;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Session;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests;

/// <summary>`kap console send` takes its commands and --ARG options from the command catalogue and checks them before connecting.</summary>
public sealed class ConsoleSendTests
{
    [Theory]
    [InlineData("kap console send: args.level: 2 is out of range; use 0 to 1 (darkness: 0 clear, 1 fully dark)", "setDarkness", "--level", "2")]
    [InlineData("kap console send: args.level: NaN is not a finite number", "setVolume", "--level", "NaN")]
    [InlineData("kap console send: --level: 'dim' is not a number", "setDarkness", "--level", "dim")]
    [InlineData("kap console send setDarkness: option '--level' is required", "setDarkness")]
    [InlineData("kap console send setDarkness: unknown option --bogus; the options are --to, --config, --issuer, --level, --seconds", "setDarkness", "--level", "0.5", "--bogus", "1")]
    [InlineData("kap console send stopBreathing: unknown option --level; the options are --to, --config, --issuer", "stopBreathing", "--level", "0.5")]
    [InlineData("kap console send: 'launchRocket' is not a command; the commands are loadPreset, setDarkness,", "launchRocket")]
    [InlineData("kap console send: reportHeadsetWorn comes from the headset itself, which alone knows it; a console cannot send it", "reportHeadsetWorn", "--worn", "false")]
    [InlineData("kap console send: args.text is 141 characters long; at most 140 are allowed", "showMessage", "--text",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("kap console send: $.issuer: an issuer is 1-64 visible characters without spaces", "clearMessage", "--issuer", "dr lee")]
    public async Task A_command_the_catalogue_refuses_exits_2_with_its_reason_before_connecting(string reason, params string[] command)
    {
        var (code, _, error) = await KapRunner.RunAsync(RepositoryRoot.Path, ["console", "send", "--to", "room-1", .. command]);
        Assert.Equal(2, code);
        Assert.StartsWith(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_command_a_console_may_send_from_the_catalogue()
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "console", "send", "--help");
        Assert.Equal(0, code);
        foreach (var entry in CommandCatalogue.Standard.SentBy(CommandSender.Console))
        {
            Assert.Matches($"\n  {entry.Name} +{System.Text.RegularExpressions.Regex.Escape(entry.Summary)}\n", output);
        }

        Assert.DoesNotContain("reportHeadsetWorn", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_commands_help_shows_each_argument_with_what_it_accepts_and_means()
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "console", "send", "setDarkness", "--help");
        Assert.Equal(0, code);
        Assert.Matches("\n  --level <0..1> \\(REQUIRED\\) +darkness: 0 clear, 1 fully dark\n", output);
        Assert.Matches("\n  --seconds <0..3600> +how long the change takes", output);
        Assert.Matches("\n  --to <HEADSET> \\(REQUIRED\\) +the headset's id\n", output);
    }

    [Fact]
    public async Task A_new_catalogue_entry_brings_its_options_with_it()
    {
        var entry = new CommandEntry<SetQuietMinutes>
        {
            Name = "setQuietMinutes",
            Summary = "a test-only command",
            Arguments = [CommandArgument.Number("minutes", 0, 30, "quiet minutes", required: true)],
            FromValues = (id, issuer, v) => new SetQuietMinutes(id, issuer, v.Number("minutes")),
            ToValues = c => CommandValues.Empty.With("minutes", c.Minutes),
            Handle = (state, _, _) => Decision.Apply(state, "quiet"),
        };
        ICliCommand[] kap = [new ConsoleSendCommand(CommandCatalogue.Standard.With(entry))];

        var (code, output, _) = await KapRunner.RunAsync(kap, RepositoryRoot.Path, ["console", "send", "setQuietMinutes", "--help"], CancellationToken.None);
        Assert.Equal(0, code);
        Assert.Matches("\n  --minutes <0..30> \\(REQUIRED\\) +quiet minutes\n", output);

        var (refused, _, error) = await KapRunner.RunAsync(kap, RepositoryRoot.Path, ["console", "send", "--to", "room-1", "setQuietMinutes", "--minutes", "45"],
            CancellationToken.None);
        Assert.Equal(2, refused);
        Assert.StartsWith("kap console send: args.minutes: 45 is out of range; use 0 to 30 (quiet minutes)", error, StringComparison.Ordinal);

        Assert.True(CatalogueOptions.TryRead(entry, name => name == "minutes" ? "12" : null, out var values, out _));
        Assert.Equal(12, values.Number("minutes"));
        Assert.False(CatalogueOptions.TryRead(entry, _ => "twelve", out _, out var unreadable));
        Assert.Equal("--minutes: 'twelve' is not a number", unreadable);
    }

    private sealed record SetQuietMinutes(string Id, string Issuer, double Minutes) : SessionCommand(Id, Issuer);
}
