using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests.Consoles;

/// <summary>A console that records: the PUBACK only after the record, and every event in the record however the broker behaves.</summary>
[Collection(BrokersGroup.Name)]
public sealed class RecordingTests(BrokersFixture brokers) : IDisposable
{
    private readonly string _outbox = MemoryFolders.Create("recording-outbox");

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task An_event_the_record_could_not_commit_is_not_acknowledged_and_the_broker_delivers_it_again(BrokerKind kind)
    {
        var broker = brokers[kind];
        var record = new MemoryRecorder();
        record.FailFirst["h7-3"] = true;
        await using var console = await RecordingConsoleAsync(broker, record, $"kap-console-retry-{kind}");

        // The headset would send it again itself only after ten minutes: a second delivery now comes from the broker's session.
        await using var link = await HeadsetAsync(broker, "h7", recordWaitSeconds: 600);
        RaiseHelp(link, 5);

        await Eventually.HoldsAsync(() => record.Kept.Count == 5, TimeSpan.FromSeconds(20), $"all five events recorded (have {string.Join(' ', record.Kept)})");
        Assert.Equal(2, record.AttemptsFor("h7-3"));
        Assert.True(console.Connections >= 2, "the console reconnected to have it delivered again");
        await Eventually.HoldsAsync(() => link.UnrecordedEvents == 0, TimeSpan.FromSeconds(10), "the record confirmed every event to the headset");
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task Events_a_broker_drops_from_the_full_queue_of_an_offline_console_still_reach_the_record(BrokerKind kind)
    {
        var broker = brokers[kind];
        var clientId = $"kap-console-offline-{kind}".ToLowerInvariant();
        var record = new MemoryRecorder();
        await using var link = await HeadsetAsync(broker, "h8", recordWaitSeconds: 1);
        await (await RecordingConsoleAsync(broker, record, clientId)).DisposeAsync();

        // Both brokers queue 1,000 messages for an offline session (MQTTnet drops the oldest on resuming, Mosquitto the newest).
        const int Events = 1_300;
        RaiseHelp(link, Events);
        await Eventually.HoldsAsync(() => link.PendingEvents == 0 && link.LastEventSequence == Events, TimeSpan.FromSeconds(60), "the broker took every event");
        await using var back = await RecordingConsoleAsync(broker, record, clientId);

        await Eventually.HoldsAsync(() => record.Kept.Count == Events && link.UnrecordedEvents == 0, TimeSpan.FromSeconds(60),
            $"all {Events} events recorded (have {record.Kept.Count}, {link.UnrecordedEvents} unconfirmed at the headset)");
        Assert.Equal(Enumerable.Range(1, Events).Select(n => EventIds.Make("h8", n)).Order(StringComparer.Ordinal), record.Kept.Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_outbox, recursive: true);

    private static async Task<ConsoleLink> RecordingConsoleAsync(TestBroker broker, MemoryRecorder record, string clientId)
    {
        var console = new ConsoleLink(new ConsoleLinkOptions { Link = Links.For(broker, TestCredentials.ConsoleUser), ClientId = clientId.ToLowerInvariant() },
            TimeProvider.System, record);
        await console.StartAsync(CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await console.WaitConnectedAsync(wait.Token);
        return console;
    }

    private async Task<HeadsetLink> HeadsetAsync(TestBroker broker, string id, double recordWaitSeconds)
    {
        var link = new HeadsetLink(new HeadsetLinkOptions
        {
            HeadsetId = id,
            Link = Links.For(broker, id),
            OutboxFolder = Path.Combine(_outbox, id),
            RecordWaitSeconds = recordWaitSeconds,
        }, new SessionClock(DateTimeOffset.UtcNow), TimeProvider.System);
        await link.StartAsync(CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await link.WaitConnectedAsync(wait.Token);
        return link;
    }

    private static void RaiseHelp(HeadsetLink link, int count)
    {
        var state = SessionReducer.Start(TestPresets.First, 0);
        for (var n = 1; n <= count; n++)
        {
            link.Publish(new Transition(state, [new HelpRequested(n, "test", SessionPhase.Dosing)]), n);
        }
    }
}
