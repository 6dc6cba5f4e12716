using System.Diagnostics;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Messaging.Tests;

[Collection(BrokersGroup.Name)]
public sealed class PresenceTests(BrokersFixture brokers, ITestOutputHelper output)
{
    private const double KeepAliveSeconds = 2;

    /// <summary>
    /// The console hears the headset's heartbeat every quarter keep-alive and takes it as offline after a whole
    /// keep-alive of silence, so the bound holds on Mosquitto too, whose Last Will can come several seconds later.
    /// </summary>
    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_that_dies_without_disconnecting_shows_offline_within_one_and_a_half_keep_alives(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        await using var proxy = new FreezableProxy(broker.Port);
        var headset = await HeadsetRig.StartAsync(Links.For(broker, "h9", port: proxy.Port, keepAliveSeconds: KeepAliveSeconds), "h9", brokers.NewFolder("h9"));
        try
        {
            await ShowsAsync(console, "h9", PresenceMessage.Online, 5, "the headset shows online");

            await proxy.FreezeAsync();
            var clock = Stopwatch.StartNew();
            await ShowsAsync(console, "h9", PresenceMessage.Offline, 15, "the headset shows offline");
            clock.Stop();

            output.WriteLine($"{kind}: offline after {clock.Elapsed.TotalSeconds:0.00} s with a {KeepAliveSeconds} s keep-alive");
            Assert.True(clock.Elapsed.TotalSeconds <= 1.5 * KeepAliveSeconds, $"offline after {clock.Elapsed.TotalSeconds:0.00} s");
        }
        finally
        {
            await headset.DisposeAsync();
        }
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_taken_as_gone_shows_online_again_when_it_comes_back(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        await using var proxy = new FreezableProxy(broker.Port);
        var folder = brokers.NewFolder("h13");
        var vanished = await HeadsetRig.StartAsync(Links.For(broker, "h13", port: proxy.Port, keepAliveSeconds: 1), "h13", folder);
        await ShowsAsync(console, "h13", PresenceMessage.Online, 5, "the headset shows online");
        await proxy.FreezeAsync();
        await ShowsAsync(console, "h13", PresenceMessage.Offline, 5, "the headset shows offline");
        await vanished.DisposeAsync();

        await using var back = await HeadsetRig.StartAsync(Links.For(broker, "h13", keepAliveSeconds: 1), "h13", folder);

        await ShowsAsync(console, "h13", PresenceMessage.Online, 5, "the headset shows online again");
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task Heartbeats_keep_a_live_headset_online_with_one_presence_notice_not_one_each(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        // Long enough that a busy machine's pause is not a keep-alive of silence; still eight heartbeats in the window.
        const int keepAliveSeconds = 3;
        await using var headset = await HeadsetRig.StartAsync(Links.For(broker, "h14", keepAliveSeconds: keepAliveSeconds), "h14", brokers.NewFolder("h14"));
        await ShowsAsync(console, "h14", PresenceMessage.Online, 5, "the headset shows online");
        var firstHeard = console.Find("h14")!.LastHeardAt;

        await Task.Delay(TimeSpan.FromSeconds(2 * keepAliveSeconds));

        var notices = new List<ConsoleNotice>();
        while (console.Notices.TryRead(out var notice))
        {
            notices.Add(notice);
        }

        var presence = notices.Where(n => n.HeadsetId == "h14" && n.Presence is not null).ToList();
        Assert.Equal(PresenceMessage.Online, Assert.Single(presence).Presence!.Status);
        Assert.Equal(PresenceMessage.Online, console.Find("h14")!.Presence!.Status);
        Assert.True(console.Find("h14")!.LastHeardAt > firstHeard, "heartbeats keep arriving");
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task A_headset_that_says_goodbye_shows_offline_at_once(BrokerKind kind)
    {
        var broker = brokers[kind];
        await using var console = await Links.ConsoleAsync(broker);
        var headset = await HeadsetRig.StartAsync(Links.For(broker, "h10"), "h10", brokers.NewFolder("h10"));
        await ShowsAsync(console, "h10", PresenceMessage.Online, 5, "the headset shows online");

        await headset.DisposeAsync();

        await ShowsAsync(console, "h10", PresenceMessage.Offline, 2, "the headset shows offline");
    }

    private static Task ShowsAsync(ConsoleLink console, string headsetId, string status, double seconds, string what) =>
        Eventually.HoldsAsync(() => console.Find(headsetId)?.Presence?.Status == status, TimeSpan.FromSeconds(seconds), what);
}
