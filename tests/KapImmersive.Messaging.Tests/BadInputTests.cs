using System.Text;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class BadInputTests(BrokersFixture brokers)
{
    public static TheoryData<BrokerKind, string, string?, string> BadCommands => new()
    {
        { BrokerKind.Embedded, "{\"id\": \"x1\", \"type\": ", null, "not valid JSON" },
        { BrokerKind.Mosquitto, "[1, 2, 3]", null, "a command is a JSON object" },
        { BrokerKind.Embedded, Command("u1", "launchRocket", "{}"), "u1", "unknown command type 'launchRocket'" },
        { BrokerKind.Mosquitto, Command("u2", "fly", "{}"), "u2", "unknown command type 'fly'" },
        { BrokerKind.Embedded, Command("r1", "setDarkness", "{\"level\": 2}"), "r1", "args.level: 2 is out of range" },
        { BrokerKind.Mosquitto, Command("r2", "setVolume", "{\"level\": -0.5}"), "r2", "out of range" },
        { BrokerKind.Embedded, Command("t1", "setDarkness", "{\"level\": \"dark\"}"), "t1", "wrong type of value" },
        { BrokerKind.Mosquitto, Command("s1", "showMessage", "{\"text\": \"hi\", \"seconds\": 99999}"), "s1", "args.seconds" },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public async Task A_bad_command_is_rejected_with_a_reason_and_the_state_stays_as_it_was(BrokerKind kind, string payload, string? id, string reason)
    {
        var broker = brokers[kind];
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, "h5"), "h5", brokers.NewFolder("h5"), PatientScript.Idle);
        await using var console = await Links.ConsoleAsync(broker);
        var before = headset.State;

        var result = await console.SendPayloadAsync("h5", id is null ? null : $"{id}", Encoding.UTF8.GetBytes(payload), CancellationToken.None);

        Assert.Equal(CommandOutcome.Rejected, result.Outcome);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
        Assert.Equal(before.Sequence, result.Sequence);
        Assert.Equal(before.Sequence, headset.State.Sequence);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_replayed_command_id_is_rejected_and_changes_nothing(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, "h6"), "h6", brokers.NewFolder("h6"));
        await using var console = await Links.ConsoleAsync(broker);
        var id = $"replay-{Guid.NewGuid():N}";
        var payload = Encoding.UTF8.GetBytes(Command(id, "showMessage", "{\"text\": \"Breathe slowly\", \"seconds\": 30}"));

        var first = await console.SendPayloadAsync("h6", id, payload, CancellationToken.None);
        var state = headset.State;
        var replay = await console.SendPayloadAsync("h6", id, payload, CancellationToken.None);

        Assert.Equal(CommandOutcome.Applied, first.Outcome);
        Assert.Equal(CommandOutcome.Rejected, replay.Outcome);
        Assert.Contains("already received", replay.Reason, StringComparison.Ordinal);
        Assert.Equal(state.Sequence, headset.State.Sequence);
        Assert.Equal(state.Message, headset.State.Message);
    }

    [Fact]
    public async Task A_command_to_a_headset_that_never_answers_times_out()
    {
        await using var console = await Links.ConsoleAsync(brokers[BrokerKind.Embedded], timeoutSeconds: 0.3);
        await using var silent = await RawClient.ConnectAsAsync(brokers[BrokerKind.Embedded], "h7");
        await silent.SubscribeAsync(Core.Protocol.Topics.Commands("h7"));

        var result = await console.SendAsync("h7", new ClearMessage($"t-{Guid.NewGuid():N}", "dr-test"), CancellationToken.None);

        Assert.Equal(CommandOutcome.TimedOut, result.Outcome);
    }

    private static string Command(string id, string type, string args) =>
        $"{{\"v\": 1, \"id\": \"{id}\", \"issuedAt\": \"2026-01-01T10:00:00Z\", \"issuer\": \"dr-test\", \"type\": \"{type}\", \"args\": {args}}}";
}
