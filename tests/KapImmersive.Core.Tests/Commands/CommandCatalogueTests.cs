using System.Text;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Core.Tests.Protocol;

namespace KapImmersive.Core.Tests.Commands;

/// <summary>The standard catalogue: each command once, every value bounded, and the one check the wire, the console and the reducer share.</summary>
public sealed class CommandCatalogueTests
{
    private static readonly CommandCatalogue Catalogue = CommandCatalogue.Standard;

    public static TheoryData<string> EveryCommand() => [.. Catalogue.Entries.Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(CommandCodecTests.EveryCommandType), MemberType = typeof(CommandCodecTests))]
    public void Every_command_becomes_its_values_and_back_unchanged(SessionCommand command)
    {
        var entry = Catalogue.Find(command)!;
        Assert.Null(entry.Problem(command));
        Assert.Equal(command, entry.Create(command.Id, command.Issuer, entry.ValuesOf(command)));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void Every_text_has_a_stated_maximum_the_protocol_can_carry_and_every_number_a_finite_range(string name)
    {
        foreach (var argument in Catalogue.Find(name)!.Arguments)
        {
            switch (argument.Kind)
            {
                case ArgumentKind.Text:
                    // Even written as escapes (12 bytes for a character outside the BMP), every text fits a command payload.
                    Assert.InRange(argument.MaxLength, 1, ProtocolLimits.MaxPayloadBytes / 12 / 4);
                    break;
                case ArgumentKind.Number:
                    Assert.True(double.IsFinite(argument.Minimum) && double.IsFinite(argument.Maximum) && argument.Minimum < argument.Maximum, argument.Usage);
                    break;
                case ArgumentKind.Choice:
                    Assert.NotEmpty(argument.Choices);
                    break;
            }

            Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{name}.{argument.Name} says what it means");
        }
    }

    [Fact]
    public void Usage_shows_required_arguments_bare_and_optional_ones_in_brackets()
    {
        Assert.Equal("setDarkness level (0..1) [seconds (0..3600)]", Catalogue.Find("setDarkness")!.Usage);
        Assert.Equal("showMessage text (up to 140 characters) [seconds (5..600)]", Catalogue.Find("showMessage")!.Usage);
        Assert.Equal("setPhase phase (idle|preparation|dosing|return|ended)", Catalogue.Find("setPhase")!.Usage);
    }

    [Fact]
    public void Texts_are_counted_in_characters_as_a_reader_sees_them()
    {
        var text = Catalogue.Find("showMessage")!.Argument("text")!;
        Assert.Null(text.Problem(ArgumentValue.Of(string.Concat(Enumerable.Repeat("🌙", 140)))));
        Assert.Equal("args.text is 141 characters long; at most 140 are allowed (the words the patient sees, on one line)",
            text.Problem(ArgumentValue.Of(string.Concat(Enumerable.Repeat("🌙", 141)))));
    }

    [Theory]
    [InlineData("setVolume", "level", double.NaN, "args.level: NaN is not a finite number")]
    [InlineData("setVolume", "level", double.PositiveInfinity, "args.level: Infinity is not a finite number")]
    [InlineData("setDarkness", "seconds", 3601, "args.seconds: 3601 is out of range; use 0 to 3600")]
    [InlineData("endSession", "seconds", 601, "args.seconds: 601 is out of range; use 0 to 600")]
    [InlineData("requestCheckIn", "timeoutSeconds", 5, "args.timeoutSeconds: 5 is out of range; use 15 to 600")]
    public void Numbers_must_be_finite_and_in_their_range(string command, string argument, double value, string reason) =>
        Assert.StartsWith(reason, Catalogue.Find(command)!.Argument(argument)!.Problem(ArgumentValue.Of(value)), StringComparison.Ordinal);

    [Theory]
    [InlineData("   ", "args.text is empty; it is required")]
    [InlineData("tab\there", "args.text contains control characters")]
    public void Texts_must_say_something_on_one_line(string value, string reason) =>
        Assert.StartsWith(reason, Catalogue.Find("showMessage")!.Argument("text")!.Problem(ArgumentValue.Of(value)), StringComparison.Ordinal);

    [Fact]
    public void A_value_echoed_in_an_error_is_cut_short()
    {
        var read = CommandCodec.Read(Encoding.UTF8.GetBytes(
            $$"""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"{{new string('x', 5000)}}"}"""));
        Assert.True(read.Error!.Length < 400, read.Error);
        Assert.Contains($"unknown command type '{new string('x', ArgumentValue.EchoLength)}…'", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_of_a_command_is_named_at_once()
    {
        var values = CommandValues.Empty.With("text", "").With("seconds", 1.0);
        Assert.Equal("args.text is empty; it is required (the words the patient sees, on one line); args.seconds: 1 is out of range; use 5 to 600 (how long it shows; 30 s when left out)",
            Catalogue.Find("showMessage")!.Problem(values));
    }

    [Fact]
    public void The_dashboard_offers_only_a_clinicians_commands_and_a_console_tool_may_also_act_for_the_patient()
    {
        var clinician = Catalogue.Create("requestHelp", CommandValues.Empty, "h", "console:clara", CommandSender.Clinician);
        Assert.Equal("requestHelp is not a clinician's command; the dashboard sends clearMessage, endSession, loadPreset, requestCheckIn, setCheckInInterval, setDarkness, setPhase, setVolume, showMessage, startBreathing, stopBreathing",
            clinician.Error);
        Assert.True(Catalogue.Create("requestHelp", CommandValues.Empty, "h", "cli", CommandSender.Console).Ok);
        Assert.Contains("a console cannot send it",
            Catalogue.Create("reportHeadsetWorn", CommandValues.Empty.With("worn", true), "w", "cli", CommandSender.Console).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_refuses_two_entries_for_one_command()
    {
        var twice = Assert.Throws<ArgumentException>(() => Catalogue.With(Catalogue.Find("setVolume")!));
        Assert.StartsWith("'setVolume' is declared more than once", twice.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("level", "0.25", true, "")]
    [InlineData("level", "dim", false, "level: 'dim' is not a number")]
    public void A_value_typed_as_text_is_read_by_its_arguments_kind(string argument, string text, bool ok, string error)
    {
        Assert.Equal(ok, Catalogue.Find("setDarkness")!.Argument(argument)!.TryParse(text, out var value, out var problem));
        Assert.Equal(ok ? null : error, problem);
        Assert.Equal(ok ? 0.25 : null, value.Number);
    }
}
