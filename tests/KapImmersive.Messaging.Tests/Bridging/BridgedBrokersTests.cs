using System.Collections.Concurrent;
using System.Diagnostics;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Tests.Support;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Xunit.Abstractions;

namespace KapImmersive.Messaging.Tests.Bridging;

/// <summary>
/// Several sites: a headset on its site's Mosquitto, bridged to a central Mosquitto where the console is. The apps
/// speak plain MQTT 5 and need nothing of the bridge: presence and state (retained at the centre too), commands and
/// their acks, every help request recorded and confirmed once, and all of it again after the site broker, and its
/// bridge, restart with help requests raised while it was down.
/// </summary>
public sealed class BridgedBrokersTests(ITestOutputHelper output) : IDisposable
{
    private const string Headset = "h1";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kap-bridge-tests-{Guid.NewGuid():N}");
    private readonly string _outbox = MemoryFolders.Create("bridge-outbox");
    private int _commands;

    [Fact]
    public async Task A_headset_on_a_site_broker_and_a_console_on_the_central_one_keep_every_guarantee_through_a_bridge_restart()
    {
        var credentials = new TestCredentials(headsets: 1);
        var certificates = await TestCertificates.CreateAsync(Path.Combine(_folder, "certificates"), CancellationToken.None);
        await using var central = new MosquittoTestBroker(credentials, certificates, Path.Combine(_folder, "central"));
        await central.StartAsync(CancellationToken.None);
        await using var site = new MosquittoTestBroker(credentials, certificates, Path.Combine(_folder, "site"), bridgedTo: central);
        await site.StartAsync(CancellationToken.None);
        var record = new MemoryRecorder();
        await using var console = new ConsoleLink(new ConsoleLinkOptions { Link = Links.For(central, TestCredentials.ConsoleUser), ClientId = "kap-console-central" },
            TimeProvider.System, record);
        await console.StartAsync(CancellationToken.None);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            await console.WaitConnectedAsync(wait.Token);
        }

        var helpNotices = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var reading = new CancellationTokenSource();
        var notices = Task.Run(async () =>
        {
            await foreach (var notice in console.Notices.ReadAllAsync(reading.Token))
            {
                if (notice.Event is { Type: EventTypes.HelpRequested } help)
                {
                    helpNotices.AddOrUpdate(help.Id, 1, (_, n) => n + 1);
                }
            }
        });
        await using var headset = await HeadsetRig.StartAsync(Links.For(site, Headset), Headset, _outbox, PatientScript.Idle);

        await Eventually.HoldsAsync(() => console.Find(Headset) is { Presence.Status: PresenceMessage.Online, State: not null }, TimeSpan.FromSeconds(10),
            "the console on the central broker sees the headset online with its state");
        Assert.Equal([Channels.Presence, Channels.State], await RetainedAtAsync(central));
        await AssertCarriedOutAsync(console);
        await PressHelpAsync(headset, 10);
        await Eventually.HoldsAsync(() => AllRecordedAndConfirmed(headset, record), TimeSpan.FromSeconds(20), "ten help requests recorded and confirmed across the bridge");

        // The site broker goes down with its bridge; the patient asks for help meanwhile; then it comes back.
        await site.StopAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => !headset.Link.IsConnected, TimeSpan.FromSeconds(10), "the headset lost its broker");
        await PressHelpAsync(headset, 10);
        await Task.Delay(300);
        var restarted = Stopwatch.StartNew();
        await site.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => headset.Link.IsConnected, TimeSpan.FromSeconds(20), "the headset back on its site broker");
        await AssertCarriedOutAsync(console);
        output.WriteLine($"a command carried out across the bridge {restarted.Elapsed.TotalMilliseconds:0} ms after the site broker restarted");
        await PressHelpAsync(headset, 10);

        await Eventually.HoldsAsync(() => AllRecordedAndConfirmed(headset, record), TimeSpan.FromSeconds(60),
            $"every event recorded and confirmed ({record.Kept.Count} of {headset.Link.LastEventSequence} kept, {headset.Link.PendingEvents} pending, {headset.Link.UnrecordedEvents} unconfirmed)");
        await Eventually.HoldsAsync(() => console.Find(Headset)?.Presence?.Status == PresenceMessage.Online, TimeSpan.FromSeconds(10), "online again at the centre");
        Assert.Equal([Channels.Presence, Channels.State], await RetainedAtAsync(central));
        var helps = console.Find(Headset)!.Events.Where(e => e.Type == EventTypes.HelpRequested).Select(e => e.Id).ToList();
        Assert.Equal(30, helps.Count);
        Assert.Equal(helps.Order(StringComparer.Ordinal), helpNotices.Keys.Order(StringComparer.Ordinal));
        Assert.All(helpNotices.Values, count => Assert.Equal(1, count));
        Assert.Equal(Enumerable.Range(1, (int)headset.Link.LastEventSequence).Select(n => EventIds.Make(Headset, n)).Order(StringComparer.Ordinal),
            record.Kept.Order(StringComparer.Ordinal));
        await reading.CancelAsync();
        await notices.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_outbox, recursive: true);
    }

    private static bool AllRecordedAndConfirmed(HeadsetRig headset, MemoryRecorder record) =>
        headset.Link.PendingEvents == 0 && headset.Link.UnrecordedEvents == 0 && record.Kept.Count == headset.Link.LastEventSequence;

    private static async Task PressHelpAsync(HeadsetRig headset, int times)
    {
        var before = headset.Link.LastEventSequence;
        for (var i = 0; i < times; i++)
        {
            headset.PressHelp("bridge-test");
            await Task.Delay(30);
        }

        await Eventually.HoldsAsync(() => headset.Link.LastEventSequence >= before + times, TimeSpan.FromSeconds(10), $"{times} help requests raised");
    }

    private async Task AssertCarriedOutAsync(ConsoleLink console)
    {
        var command = new SetDarkness($"bridge-{Interlocked.Increment(ref _commands)}", "dr-test", 0.2 + (0.1 * _commands), 10);
        var result = await console.SendAsync(Headset, command, CancellationToken.None);
        Assert.True(result.Outcome is CommandOutcome.Applied or CommandOutcome.Slowed, $"{result.Outcome}: {result.Reason}");
        Assert.Equal(command.Id, result.CommandId);
    }

    /// <summary>The headset's channels a newcomer to the central broker gets as retained messages.</summary>
    private static async Task<List<string>> RetainedAtAsync(TestBroker central)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var retained = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        client.ApplicationMessageReceivedAsync += e =>
        {
            if (e.ApplicationMessage.Retain && Topics.TryParseHeadsetTopic(e.ApplicationMessage.Topic, out _, out var channel))
            {
                retained[channel] = true;
            }

            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", central.Port).WithProtocolVersion(MqttProtocolVersion.V500)
            .WithCredentials(TestCredentials.ConsoleUser, central.Credentials.Passwords[TestCredentials.ConsoleUser]).WithClientId($"retained-{Guid.NewGuid():N}").Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(Topics.Presence(Headset), MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(Topics.State(Headset), MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await Eventually.HoldsAsync(() => retained.Count == 2, TimeSpan.FromSeconds(5), "retained presence and state at the central broker");
        await client.DisconnectAsync();
        return [.. retained.Keys.Order(StringComparer.Ordinal)];
    }
}
