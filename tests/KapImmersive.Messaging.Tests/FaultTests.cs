using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Core.Patient;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class FaultTests(BrokersFixture brokers, ITestOutputHelper output)
{
    private const int Restarts = 5;
    private static readonly string[] HeadsetIds = ["h11", "h12"];

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task After_repeated_broker_restarts_the_console_has_every_event_once_in_order(BrokerKind kind)
    {
        await using var broker = await TestBroker.StartAsync(kind, brokers.Credentials, brokers.Certificates, brokers.NewFolder($"fault-{kind}"), CancellationToken.None);
        await using var console = await Links.ConsoleAsync(broker, clientId: $"kap-console-fault-{kind}".ToLowerInvariant());
        var patient = new PatientScript { AnswerWith = PatientChoice.Okay, AnswerAfterSeconds = 0.05, AnswerBy = "button", HelpEverySeconds = 0.1 };
        var headsets = new List<HeadsetRig>();
        try
        {
            foreach (var id in HeadsetIds)
            {
                var headset = await HeadsetRig.StartAsync(Links.For(broker, id), id, brokers.NewFolder(id), patient);
                headsets.Add(headset);
                await console.SendAsync(id, new SetPhase($"{id}-dosing", "dr-test", SessionPhase.Dosing), CancellationToken.None);
                await console.SendAsync(id, new SetCheckInInterval($"{id}-interval", "dr-test", 0.005), CancellationToken.None);
            }

            for (var restart = 1; restart <= Restarts; restart++)
            {
                await Task.Delay(300);
                await broker.StopAsync(CancellationToken.None);
                await Task.Delay(300);
                await broker.StartAsync(CancellationToken.None);
                await Eventually.HoldsAsync(() => headsets.All(h => h.Link.Connections > restart) && console.Connections > restart,
                    TimeSpan.FromSeconds(10), $"everyone reconnects after restart {restart}");
            }

            await Task.Delay(400);
            foreach (var headset in headsets)
            {
                await headset.StopPatientAsync();
            }

            foreach (var headset in headsets)
            {
                var id = headset.Link.HeadsetId;
                await Eventually.HoldsAsync(() => headset.Link.IsDrained && console.Find(id)?.Events.Count >= headset.Link.LastEventSequence, TimeSpan.FromSeconds(20),
                    $"{id}: the console receives all {headset.Link.LastEventSequence} events (has {console.Find(id)?.Events.Count}, {headset.Link.PendingEvents} pending)");
                var raised = headset.Link.LastEventSequence;
                var received = console.Find(id)!.Events;
                var expected = Enumerable.Range(1, (int)raised).Select(n => EventIds.Make(id, n)).ToList();
                output.WriteLine($"{kind} {id}: {Restarts} restarts, {raised} events raised, {received.Count} received, " +
                    $"{console.Find(id)!.DuplicatesDropped} duplicates dropped, {headset.Link.Connections} connections, " +
                    $"{received.Count(e => e.Type == EventTypes.HelpRequested)} help requests, {received.Count(e => e.Type == EventTypes.CheckInAnswered)} check-ins answered");

                Assert.True(expected.SequenceEqual(received.Select(e => e.Id)),
                    $"missing: {string.Join(' ', expected.Except(received.Select(e => e.Id)))}; extra: {string.Join(' ', received.Select(e => e.Id).Except(expected))}; order: {string.Join(' ', received.Select(e => e.Id))}");
                Assert.Contains(received, e => e.Type == EventTypes.HelpRequested);
                Assert.Contains(received, e => e.Type == EventTypes.CheckInAnswered);
            }
        }
        finally
        {
            foreach (var headset in headsets)
            {
                await headset.DisposeAsync();
            }
        }
    }
}
