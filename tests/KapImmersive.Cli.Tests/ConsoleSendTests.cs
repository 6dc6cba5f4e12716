using KapImmersive.Cli.Commands;
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
    [InlineData("kap console send: args.level is required: darkness: 0 clear, 1 fully dark", "setDarkness")]
    [InlineData("kap console send: --bogus is not an option of setDarkness; it takes --level, --seconds", "setDarkness", "--level", "0.5", "--bogus", "1")]
    [InlineData("kap console send: --level is not an option of stopBreathing; it takes none", "stopBreathing", "--level", "0.5")]
    [InlineData("kap console send: 'launchRocket' is not a command; commands: answerCheckIn, clearMessage,", "launchRocket")]
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
    public async Task Help_lists_every_command_a_console_may_send_with_its_options_from_the_catalogue()
    {
        var (code, output, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "console", "send", "--help");
        Assert.Equal(0, code);
        Assert.Contains("  setDarkness --level (0..1) [--seconds (0..3600)]: deepens or lifts the eye-mask darkening", output, StringComparison.Ordinal);
        Assert.Contains("  answerCheckIn --checkInId (up to 64 characters) --answer (okay|notOkay): ", output, StringComparison.Ordinal);
        Assert.Equal(CommandCatalogue.Standard.SentBy(CommandSender.Console).Count(), output.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal)));
        Assert.DoesNotContain("reportHeadsetWorn", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_catalogue_entry_brings_its_options_with_it()
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
        var catalogue = CommandCatalogue.Standard.With(entry);

        Assert.Contains("setQuietMinutes --minutes (0..30): a test-only command", CatalogueOptions.Help(catalogue, CommandSender.Console));
        Assert.True(CatalogueOptions.TryRead(entry, name => name == "minutes" ? "12" : null, out var values, out _));
        Assert.Equal(12, values.Number("minutes"));
        Assert.False(CatalogueOptions.TryRead(entry, _ => "twelve", out _, out var error));
        Assert.Equal("--minutes: 'twelve' is not a number", error);
    }

    private sealed record SetQuietMinutes(string Id, string Issuer, double Minutes) : SessionCommand(Id, Issuer);
}
