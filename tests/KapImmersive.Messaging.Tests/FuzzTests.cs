using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class FuzzTests(BrokersFixture brokers)
{
    private const int Payloads = 10_000;
    private const int InFlight = 200;

    [Fact]
    public async Task Ten_thousand_random_and_mutated_payloads_each_get_one_ack_and_the_headset_keeps_working()
    {
        var broker = brokers[BrokerKind.Embedded];
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, "h8"), "h8", brokers.NewFolder("h8"), PatientScript.Idle);
        await using var sender = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await using var listener = await RawClient.ConnectAsAsync(broker, TestCredentials.ConsoleUser);
        await listener.SubscribeAsync(Topics.Acks("h8"));
        var fuzzer = new PayloadFuzzer(seed: 20261125);

        for (var i = 0; i < Payloads; i++)
        {
            // Like a console, keep a bounded number of commands unanswered, within the broker's per-client queue.
            if (i - listener.Received.Count >= InFlight)
            {
                await Eventually.HoldsAsync(() => i - listener.Received.Count < InFlight, TimeSpan.FromSeconds(10), $"acks keep coming (payload {i})");
            }

            var result = await sender.PublishAsync(Topics.Commands("h8"), fuzzer.Next());
            Assert.True(result.IsSuccess, $"payload {i}: {result.ReasonCode}");
        }

        await Eventually.HoldsAsync(() => listener.Received.Count >= Payloads, TimeSpan.FromSeconds(60), $"{Payloads} acks (got {listener.Received.Count})");
        await using var console = await Links.ConsoleAsync(broker);
        var probe = await console.SendAsync("h8", new ShowMessage($"probe-{Guid.NewGuid():N}", "dr-test", "Still here", 30), CancellationToken.None);

        Assert.Equal(CommandOutcome.Applied, probe.Outcome);

        // The probe's ack reaches the console first; the listener is another client and may see it a moment later.
        await Eventually.HoldsAsync(() => listener.Received.Count >= Payloads + 1, TimeSpan.FromSeconds(10), "the probe's ack at the listener");
        Assert.Equal(Payloads + 1, listener.Received.Count);
        Assert.All(listener.Received, ack => Assert.True(MessageReader.TryRead(System.Text.Encoding.UTF8.GetBytes(ack.Payload),
            ProtocolJsonContext.Default.AckMessage, out var message, out _) && message.Reason.Length > 0));
    }
}
