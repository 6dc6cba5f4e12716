using System.Globalization;
using System.Text;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Commands;

/// <summary>
/// A command added in one place, a catalogue entry that only this test declares, is decoded from the wire, checked and
/// acked by the real codec and the real reducer, with nothing else changed anywhere.
/// </summary>
public sealed class NewCommandTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The whole declaration of the new command: its wire name, its argument and its check, how it is built and carried out.</summary>
    private static readonly CommandEntry<ShowCountdown> Countdown = new()
    {
        Name = "showCountdown",
        Summary = "tells the patient how many minutes of the session are left",
        Arguments = [CommandArgument.Number("minutes", 1, 30, "minutes left in the session", required: true)],
        FromValues = (id, issuer, values) => new ShowCountdown(id, issuer, values.Number("minutes")),
        ToValues = c => CommandValues.Empty.With("minutes", c.Minutes),
        Handle = (state, c, context) => Decision.Apply(
            state with { Message = new ClinicianMessage(Invariant($"{c.Minutes:0} minutes left"), context.Now, context.Now + 60) },
            Invariant($"countdown shown: {c.Minutes:0} minutes left")),
    };

    private readonly CommandCatalogue _catalogue = CommandCatalogue.Standard.With(Countdown);

    private readonly SessionState _state = SessionReducer.Start(TestPresets.Calm(), 0);

    [Fact]
    public void It_is_decoded_from_the_wire_like_any_command()
    {
        var read = CommandCodec.Read(Wire("""{"minutes": 5}"""), _catalogue);
        Assert.True(read.Ok, read.Error);
        Assert.Equal(new ShowCountdown("t-1", "dr-lee", 5), read.Command);
    }

    [Theory]
    [InlineData("""{"minutes": 45}""", "args.minutes: 45 is out of range; use 1 to 30 (minutes left in the session)")]
    [InlineData("""{"minutes": 1e400}""", "args.minutes: 1e400 is not a finite number; use 1 to 30 (minutes left in the session)")]
    [InlineData("""{"minutes": "five"}""", "args.minutes: wrong type of value: 'five' is not a number; use 1 to 30 (minutes left in the session)")]
    [InlineData("""{}""", "args.minutes is required: minutes left in the session")]
    public void A_bad_argument_is_refused_on_the_wire_with_the_catalogues_reason(string args, string reason)
    {
        var read = CommandCodec.Read(Wire(args), _catalogue);
        Assert.False(read.Ok);
        Assert.Equal("t-1", read.CommandId);
        Assert.Equal(reason, read.Error);
    }

    [Fact]
    public void It_is_carried_out_and_acked_by_the_real_reducer()
    {
        var read = CommandCodec.Read(Wire("""{"minutes": 12}"""), _catalogue);
        var result = new SessionReducer(TestPresets.Catalog(TestPresets.Calm()), _catalogue).Apply(_state, read.Command!, 30);

        var ack = Assert.Single(result.Events.OfType<CommandAcknowledged>());
        Assert.Equal(new CommandAcknowledged(30, "t-1", CommandOutcome.Applied, "countdown shown: 12 minutes left"), ack);
        Assert.Equal("12 minutes left", result.State.Message?.Text);
        Assert.Equal(_state.Sequence + 1, result.State.Sequence);
        var wireAck = SessionMessages.Ack(ack, result.State.Sequence, new SessionClock(IssuedAt));
        Assert.Equal(("t-1", "applied"), (wireAck.CommandId, wireAck.Outcome));
    }

    [Fact]
    public void The_reducer_refuses_one_made_in_code_with_the_same_reason_the_wire_gives()
    {
        var result = new SessionReducer(TestPresets.Catalog(TestPresets.Calm()), _catalogue).Apply(_state, new ShowCountdown("t-2", "dr-lee", double.NaN), 30);

        var ack = Assert.Single(result.Events.OfType<CommandAcknowledged>());
        Assert.Equal(CommandOutcome.Rejected, ack.Outcome);
        Assert.Equal("args.minutes: NaN is not a finite number; use 1 to 30 (minutes left in the session)", ack.Reason);
        Assert.Null(result.State.Message);
    }

    [Fact]
    public void It_goes_to_the_wire_and_back_unchanged_and_a_script_can_use_it()
    {
        var command = new ShowCountdown("t-3", "dr-lee", 7.5);
        Assert.Equal("""{"v":1,"id":"t-3","issuedAt":"2026-11-25T09:00:00+00:00","issuer":"dr-lee","type":"showCountdown","args":{"minutes":7.5}}""",
            Encoding.UTF8.GetString(CommandCodec.Write(command, IssuedAt, _catalogue)));
        Assert.Equal(command, CommandCodec.Read(CommandCodec.Write(command, IssuedAt, _catalogue), _catalogue).Command);

        var (script, errors) = SessionScript.Parse("""[{ "at": 60, "type": "showCountdown", "args": { "minutes": 3 } }]""", _catalogue);
        Assert.Empty(errors);
        Assert.Equal(new ShowCountdown("script-0", "script", 3), Assert.Single(script).Command);
    }

    [Fact]
    public void Without_its_entry_it_is_unknown_everywhere()
    {
        Assert.Contains("unknown command type 'showCountdown'", CommandCodec.Read(Wire("""{"minutes": 5}""")).Error, StringComparison.Ordinal);
        var result = new SessionReducer(TestPresets.Catalog(TestPresets.Calm())).Apply(_state, new ShowCountdown("t-4", "dr-lee", 5), 1);
        Assert.Equal("'ShowCountdown' is not a command this headset knows", Assert.Single(result.Events.OfType<CommandAcknowledged>()).Reason);
    }

    private static byte[] Wire(string args) => Encoding.UTF8.GetBytes(
        $$"""{"v":1,"id":"t-1","issuedAt":"2026-11-25T09:00:00Z","issuer":"dr-lee","type":"showCountdown","args":{{args}}}""");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record ShowCountdown(string Id, string Issuer, double Minutes) : SessionCommand(Id, Issuer);
}
