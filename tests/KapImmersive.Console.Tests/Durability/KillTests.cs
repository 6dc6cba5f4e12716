using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Messaging.Headsets;
using Microsoft.Data.Sqlite;
using MQTTnet;
using MQTTnet.Protocol;
using Xunit.Abstractions;
using Brokers = KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Console.Tests.Durability;

/// <summary>
/// The record keeps every event once, even when the console is killed with SIGKILL in the middle of a stream, on
/// either broker. While the console is down its broker session fills up (both brokers drop past 1,000 queued
/// messages), so this also shows the headset keeping each event until the record confirmed it.
/// </summary>
public sealed class KillTests(ITestOutputHelper output) : IDisposable
{
    private const string Headset = "h1";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"))).FullName;

    [Theory]
    [InlineData(Brokers.BrokerKind.Embedded)]
    [InlineData(Brokers.BrokerKind.Mosquitto)]
    public async Task After_SIGKILL_and_restart_every_event_is_in_the_record_exactly_once(Brokers.BrokerKind kind)
    {
        var credentials = new Brokers.TestCredentials(headsets: 1);
        var certificates = await Brokers.TestCertificates.CreateAsync(Path.Combine(_folder, "certificates"), CancellationToken.None);
        await using var broker = await Brokers.TestBroker.StartAsync(kind, credentials, certificates, Path.Combine(_folder, "broker"), CancellationToken.None);
        var database = Path.Combine(_folder, "record.db");
        var consoleUser = Brokers.TestCredentials.ConsoleUser;
        var published = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        using var observer = await ObserveAsync(broker.Port, consoleUser, credentials.Passwords[consoleUser], published);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:EmbeddedBroker"] = "false",
            ["Kap:Clinic:Database"] = database,
            ["Kap:Clinic:PresetsFolder"] = TestPresets.Folder,
            ["Kap:Console:Link:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Kap:Console:Link:UserName"] = consoleUser,
            ["Kap:Console:Link:Password"] = credentials.Passwords[consoleUser],
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var log = Path.Combine(_folder, "console.log");

        var first = await ConsoleProcess.StartAsync(settings, log);
        await using var headset = await HeadsetRig.StartAsync(broker.Port, Headset, credentials.Passwords[Headset], FastFolder.Create("outbox"), PatientScript.Idle);
        var raisedBeforeStream = headset.Link.LastEventSequence;
        using var stop = new CancellationTokenSource();
        var stream = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                headset.PressHelp("stream");
                await Task.Delay(5);
            }
        });

        await Eventually.HoldsAsync(() => RecordedEvents(database) >= 100, TimeSpan.FromSeconds(30), "the first console recorded 100 events");
        first.Kill();
        var recordedBeforeKill = EventCounts(database).Count;
        var raisedAtKill = headset.Link.LastEventSequence;
        await Task.Delay(700);
        using var second = await ConsoleProcess.StartAsync(settings, log);
        var raisedWhileDown = headset.Link.LastEventSequence - raisedAtKill;
        await Task.Delay(700);
        await stop.CancelAsync();
        await stream;

        // A press takes effect at the next frame: the last ones may still be on their way into the outbox.
        await Eventually.HoldsAsync(() => headset.Link.LastEventSequence - raisedBeforeStream >= headset.Presses, TimeSpan.FromSeconds(10),
            "the headset raised an event for every press");
        await Eventually.HoldsAsync(() => headset.Link.PendingEvents == 0 && headset.Link.UnrecordedEvents == 0, TimeSpan.FromSeconds(60),
            $"the record confirmed every event to the headset ({headset.Link.PendingEvents} pending, {headset.Link.UnrecordedEvents} unconfirmed; see {log})");
        second.Kill();

        var raised = headset.Link.LastEventSequence;
        var recorded = EventCounts(database);
        output.WriteLine($"{kind}: {raised} events raised, {raisedWhileDown} while the console was down; {recordedBeforeKill} recorded before the kill, " +
            $"{recorded.Count} in the end; the broker delivered {published.Count} to an observer");
        Assert.True(recorded.Count > recordedBeforeKill, "events arrived after the restart too");
        Assert.All(published.Keys, id => Assert.Equal(1, recorded.GetValueOrDefault(id)));
        Assert.Equal(Enumerable.Range(1, (int)raised).Select(n => EventIds.Make(Headset, n)).Order(StringComparer.Ordinal), recorded.Keys.Order(StringComparer.Ordinal));
        Assert.All(recorded, pair => Assert.Equal(1, pair.Value));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<IMqttClient> ObserveAsync(int port, string user, string password, ConcurrentDictionary<string, bool> published)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            using var json = JsonDocument.Parse(System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload));
            published[json.RootElement.GetProperty("id").GetString()!] = true;
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithCredentials(user, password).WithClientId("kill-test-observer")
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build());
        await client.SubscribeAsync(Topics.Events(Headset), MqttQualityOfServiceLevel.AtLeastOnce);
        return client;
    }

    /// <summary>Events recorded so far; -1 while the database is busy (just after the kill, the next writer recovers its log).</summary>
    private static long RecordedEvents(string database)
    {
        try
        {
            return EventCounts(database).Count;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private static Dictionary<string, long> EventCounts(string database)
    {
        if (!File.Exists(database))
        {
            return [];
        }

        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT reference, COUNT(*) FROM entries WHERE kind = 'event' AND headset_id = '{Headset}' GROUP BY reference";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
