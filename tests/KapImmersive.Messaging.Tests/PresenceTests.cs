using System.Diagnostics;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class PresenceTests(BrokersFixture brokers, ITestOutputHelper output)
{
    private const double KeepAliveSeconds = 2;
    private const double SchedulingSlackSeconds = 1;

    /// <summary>
    /// The embedded broker checks keep-alives every 50 ms; Mosquitto 2.0 checks them only when more than 5 whole seconds
    /// have passed since its last check, and counts in whole seconds (keepalive.c: <c>last_keepalive_check + 5 &lt; now</c>),
    /// so on Mosquitto the Will can come up to about 8 s late. Both get another second for scheduling on a busy 2-core
    /// machine (measured here: 3.02-3.05 s embedded, 4.6-6.8 s Mosquitto, with a 2 s keep-alive).
    /// </summary>
    [Theory]
    [InlineData(BrokerKind.Embedded, 0.05)]
    [InlineData(BrokerKind.Mosquitto, 8)]
    public async Task A_headset_that_dies_without_disconnecting_shows_offline_within_one_and_a_half_keep_alives(BrokerKind kind, double brokerCheckSeconds)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        await using var proxy = new FreezableProxy(broker.Port);
        var headset = await HeadsetRig.StartAsync(Links.For(broker, "h9", port: proxy.Port, keepAliveSeconds: KeepAliveSeconds), "h9", brokers.NewFolder("h9"));
        try
        {
            await Eventually.HoldsAsync(() => console.Find("h9")?.Presence?.Status == PresenceMessage.Online, TimeSpan.FromSeconds(5), "the headset shows online");

            await proxy.FreezeAsync();
            var clock = Stopwatch.StartNew();
            await Eventually.HoldsAsync(() => console.Find("h9")?.Presence?.Status == PresenceMessage.Offline, TimeSpan.FromSeconds(15), "the headset shows offline");
            clock.Stop();

            output.WriteLine($"{kind}: offline after {clock.Elapsed.TotalSeconds:0.00} s with a {KeepAliveSeconds} s keep-alive");
            Assert.True(clock.Elapsed.TotalSeconds <= (1.5 * KeepAliveSeconds) + brokerCheckSeconds + SchedulingSlackSeconds, $"offline after {clock.Elapsed.TotalSeconds:0.00} s");
        }
        finally
        {
            await headset.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_that_says_goodbye_shows_offline_at_once(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        var headset = await HeadsetRig.StartAsync(Links.For(broker, "h10"), "h10", brokers.NewFolder("h10"));
        await Eventually.HoldsAsync(() => console.Find("h10")?.Presence?.Status == PresenceMessage.Online, TimeSpan.FromSeconds(5), "the headset shows online");

        await headset.DisposeAsync();

        await Eventually.HoldsAsync(() => console.Find("h10")?.Presence?.Status == PresenceMessage.Offline, TimeSpan.FromSeconds(2), "the headset shows offline");
    }
}
