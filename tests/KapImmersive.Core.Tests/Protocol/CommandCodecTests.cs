using System.Text;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Protocol;

public sealed class CommandCodecTests
{
    private const string JsonCharacters = "{}[]\":,0123456789.-eE tfn\\";

    private static readonly DateTimeOffset IssuedAt = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<SessionCommand> EveryCommandType => new()
    {
        new LoadPreset("1", "dr-lee", "night-sky"),
        new SetDarkness("2", "dr-lee", 0.75, 20),
        new SetVolume("3", "dr-lee", 0.3),
        new StartBreathing("4", "dr-lee", "4-7-8"),
        new StartBreathing("4b", "dr-lee"),
        new StopBreathing("5", "dr-lee"),
        new RequestCheckIn("6", "dr-lee", "Still comfortable?", 60),
        new SetCheckInInterval("7", "dr-lee", 10),
        new AnswerCheckIn("8", "patient", "c3", CheckInAnswer.NotOkay),
        new RequestHelp("9", "patient", "button"),
        new ShowMessage("10", "dr-lee", "I'm right here with you.", 45),
        new ClearMessage("11", "dr-lee"),
        new SetPhase("12", "dr-lee", SessionPhase.Dosing),
        new EndSession("13", "dr-lee", 120),
    };

    [Theory]
    [MemberData(nameof(EveryCommandType))]
    public void Every_command_type_survives_the_wire_unchanged(SessionCommand command)
    {
        var read = CommandCodec.Read(CommandCodec.Write(command, IssuedAt));
        Assert.True(read.Ok, read.Error);
        Assert.Equal(command, read.Command);
        Assert.Equal(command.Id, read.CommandId);
    }

    [Fact]
    public void The_wire_form_is_the_documented_envelope()
    {
        var json = Encoding.UTF8.GetString(CommandCodec.Write(new SetDarkness("cmd-7", "dr-lee", 0.5, 12), IssuedAt));
        Assert.Equal("""{"v":1,"id":"cmd-7","issuedAt":"2026-11-25T09:00:00+00:00","issuer":"dr-lee","type":"setDarkness","args":{"level":0.5,"seconds":12}}""", json);
    }

    [Theory]
    [InlineData("{not json", null, "not valid JSON")]
    [InlineData("[1,2]", null, "a command is a JSON object")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"launchRocket"}""", "a", "unknown command type 'launchRocket'")]
    [InlineData("""{"v":2,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"stopBreathing"}""", "a", "protocol version 2")]
    [InlineData("""{"v":1,"id":"a","issuer":"x","type":"stopBreathing"}""", "a", "needs id, issuedAt, issuer and type")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setDarkness","args":{"level":1.5}}""", "a", "args.level: 1.5 is out of range")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setDarkness","args":{}}""", "a", "args.level is required")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setVolume","args":{"level":"loud"}}""", "a", "args.level: wrong type of value: 'loud' is not a number")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setVolume","args":{"level":0.5,"seconds":-3}}""", "a", "args.seconds: -3 is out of range")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setPhase","args":{"phase":"party"}}""", "a", "args.phase: 'party' is not one of idle, preparation, dosing, return, ended")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"loadPreset","args":{"presetId":"../etc"}}""", "a", "a preset id is")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setVolume","args":{"level":1e400}}""", "a", "args.level: 1e400 is not a finite number")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"showMessage","args":{"text":"x\udfff"}}""", "a", "args.text: wrong type of value: text that is not valid Unicode")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"showMessage","args":{"text":["hi"]}}""", "a", "args.text: wrong type of value: a list is not text")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"showMessage","args":{"text":"line one\nline two"}}""", "a", "args.text contains control characters")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"setCheckInInterval","args":{"minutes":181}}""", "a", "args.minutes: 181 is out of range; use 0 to 180")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"startBreathing","args":{"pattern":"1-1-1"}}""", "a", "args.pattern: inhale and exhale must each last at least 2 s")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"answerCheckIn","args":{"checkInId":"c1","answer":"maybe"}}""", "a", "args.answer: 'maybe' is not one of okay, notOkay")]
    [InlineData("""{"v":1,"id":"has space","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"clearMessage"}""", null, "$.id")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"yesterday","issuer":"x","type":"clearMessage"}""", "a", "$.issuedAt: wrong type")]
    [InlineData("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"headset","type":"reportHeadsetWorn","args":{"worn":false}}""", "a", "a console cannot send it")]
    public void Malformed_commands_are_refused_with_a_reason_and_their_id_when_it_is_readable(string payload, string? id, string reason)
    {
        var read = CommandCodec.Read(Encoding.UTF8.GetBytes(payload));
        Assert.False(read.Ok);
        Assert.Equal(id, read.CommandId);
        Assert.Contains(reason, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_headsets_own_report_of_being_worn_is_written_for_its_log()
    {
        var json = Encoding.UTF8.GetString(CommandCodec.Write(new ReportHeadsetWorn("xr-1", SessionReducer.HeadsetIssuer, Worn: false), IssuedAt));
        Assert.Equal("""{"v":1,"id":"xr-1","issuedAt":"2026-11-25T09:00:00+00:00","issuer":"headset","type":"reportHeadsetWorn","args":{"worn":false}}""", json);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var read = CommandCodec.Read("""{"v":1,"id":"a","issuedAt":"2026-11-25T09:00:00Z","issuer":"x","type":"stopBreathing","priority":"high","args":{"mood":"calm"}}"""u8);
        Assert.True(read.Ok, read.Error);
    }

    [Fact]
    public void Payloads_over_64_KiB_are_refused_before_parsing()
    {
        var read = CommandCodec.Read(new byte[(64 * 1024) + 1]);
        Assert.Contains("at most 65536", read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_and_mutated_payloads_never_throw()
    {
        var random = new Random(7);
        var valid = CommandCodec.Write(new ShowMessage("m", "dr-lee", "You are safe.", 30), IssuedAt);
        for (var i = 0; i < 20_000; i++)
        {
            var payload = i % 2 == 0 ? Mutate(valid, random) : RandomBytes(random);
            var read = CommandCodec.Read(payload);
            Assert.True(read.Ok || read.Error is { Length: > 0 });
        }
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var copy = (byte[])valid.Clone();
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            copy[random.Next(copy.Length)] = (byte)JsonCharacters[random.Next(JsonCharacters.Length)];
        }

        return random.Next(4) == 0 ? copy[..random.Next(copy.Length)] : copy;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 200)];
        random.NextBytes(bytes);
        return bytes;
    }
}
