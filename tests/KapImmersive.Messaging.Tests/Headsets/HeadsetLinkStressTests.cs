using System.Collections.Concurrent;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Messaging.Tests.Headsets;

/// <summary>The link's threading contract under load: its whole public surface from eight threads at once, through reconnects.</summary>
[Collection(BrokersGroup.Name)]
public sealed class HeadsetLinkStressTests(BrokersFixture brokers, ITestOutputHelper output) : IDisposable
{
    private const string Headset = "h9";
    private static readonly TimeSpan Hammering = TimeSpan.FromSeconds(10);

    private readonly string _outbox = MemoryFolders.Create("stress-outbox");

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task Eight_threads_on_the_link_through_dropped_connections_and_broker_restarts_lose_and_duplicate_no_event(BrokerKind kind)
    {
        await using var broker = await TestBroker.StartAsync(kind, brokers.Credentials, brokers.Certificates, brokers.NewFolder($"stress-{kind}"), CancellationToken.None);
        await using var proxy = new DroppingProxy(broker.Port);
        var record = new MemoryRecorder();
        await using var console = new ConsoleLink(new ConsoleLinkOptions
        {
            Link = Links.For(broker, TestCredentials.ConsoleUser),
            ClientId = $"kap-console-stress-{kind}".ToLowerInvariant(),
        }, TimeProvider.System, record);
        await console.StartAsync(CancellationToken.None);
        var options = new HeadsetLinkOptions
        {
            HeadsetId = Headset,
            Link = Links.For(broker, Headset, port: proxy.Port),
            OutboxFolder = _outbox,
            RecordWaitSeconds = 1,
        };
        await using var link = new HeadsetLink(options, new SessionClock(DateTimeOffset.UtcNow), TimeProvider.System);
        await link.StartAsync(CancellationToken.None);
        using (var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await Task.WhenAll(link.WaitConnectedAsync(connecting.Token), console.WaitConnectedAsync(connecting.Token));
        }

        var start = SessionReducer.Start(TestPresets.First, 0);
        var sequence = 0L;
        var faults = 0;
        var failures = new ConcurrentQueue<Exception>();
        using var stop = new CancellationTokenSource(Hammering);
        Task Hammer(Func<CancellationToken, Task> body) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await body(stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The ten seconds are over.
                }
                catch (Exception ex)
                {
                    failures.Enqueue(ex);
                }
            }
        });

        async Task PublishAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref sequence);
            link.Publish(new Transition(start with { Sequence = n },
                [new HelpRequested(n, "stress", SessionPhase.Dosing), new CommandAcknowledged(n, $"c-{n}", CommandOutcome.Applied, "")]), n);
            await Task.Delay(3, cancellationToken);
        }

        await Task.WhenAll(
            Hammer(PublishAsync),
            Hammer(PublishAsync),
            Hammer(PublishAsync),
            Hammer(cancellationToken => link.DrainAsync(TimeSpan.FromMilliseconds(50), cancellationToken)),
            Hammer(async cancellationToken =>
            {
                _ = (link.IsDrained, link.PendingEvents, link.UnrecordedEvents, link.LastEventSequence, link.IsConnected, link.Connections, link.LastRefusal);
                await Task.Yield();
            }),
            Hammer(async cancellationToken =>
            {
                link.PublishTelemetry(new TelemetryMessage { At = DateTimeOffset.UtcNow, HeadMotion = 1 });
                link.PublishPreview(new byte[512]);
                await Task.Delay(5, cancellationToken);
            }),
            Hammer(async cancellationToken =>
            {
                using var briefly = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                briefly.CancelAfter(TimeSpan.FromMilliseconds(100));
                await link.WaitConnectedAsync(briefly.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                while (link.Commands.TryRead(out _))
                {
                }
            }),
            Hammer(async cancellationToken =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1200), cancellationToken);
                if (Interlocked.Increment(ref faults) % 3 == 0)
                {
                    await broker.StopAsync(CancellationToken.None);
                    await Task.Delay(200, CancellationToken.None);
                    await broker.StartAsync(CancellationToken.None);
                }
                else
                {
                    proxy.DropAll();
                }
            }));

        Assert.Empty(failures);
        await Eventually.HoldsAsync(() => link.IsDrained && link.UnrecordedEvents == 0, TimeSpan.FromSeconds(60),
            $"every event reached the record ({link.PendingEvents} pending, {link.UnrecordedEvents} unconfirmed, {record.Kept.Count} recorded; " +
            $"headset connected {link.IsConnected} after {link.Connections} connections, console connected {console.IsConnected} after {console.Connections})");

        var raised = link.LastEventSequence;
        var expected = Enumerable.Range(1, (int)raised).Select(n => EventIds.Make(Headset, n)).ToList();
        var shown = console.Find(Headset)!.Events.Select(e => e.Id).ToList();
        output.WriteLine($"{kind}: {raised} events through {faults} faults ({link.Connections} connections); " +
            $"{console.Find(Headset)!.DuplicatesDropped} duplicate deliveries dropped by the console");
        Assert.True(raised > 500, $"only {raised} events were raised");
        Assert.Equal(expected, record.Kept.Order(Comparer<string>.Create((a, b) => EventIds.SequenceOf(a)!.Value.CompareTo(EventIds.SequenceOf(b)!.Value))));
        Assert.Equal(expected, shown);
        Assert.True(faults >= 6, $"only {faults} faults");
    }

    public void Dispose() => Directory.Delete(_outbox, recursive: true);
}
