using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Broker;
using KapImmersive.Headset.Runtime.Patient;
using Microsoft.Data.Sqlite;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Console.Tests.Durability;

/// <summary>The record keeps every event once, even when the console is killed with SIGKILL in the middle of a stream.</summary>
public sealed class KillTests
{
    private const string Headset = "room-d";

    [Fact]
    public async Task After_SIGKILL_and_restart_every_event_the_broker_delivered_is_in_the_record_exactly_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = Path.Combine(folder, "record.db");
        var brokerPort = FreePort.Next();
        await using var broker = new KapBroker(new BrokerOptions
        {
            Port = brokerPort,
            Users =
            [
                new BrokerUser { Name = "console", Role = BrokerRole.Console, PasswordHash = PasswordHash.Create("console-secret", 1_000) },
                new BrokerUser { Name = "observer", Role = BrokerRole.Console, PasswordHash = PasswordHash.Create("observer-secret", 1_000) },
                new BrokerUser { Name = Headset, Role = BrokerRole.Headset, PasswordHash = PasswordHash.Create(BrokerUsers.PasswordOf(Headset), 1_000) },
            ],
        }, TimeProvider.System);
        await broker.StartAsync(CancellationToken.None);
        var published = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        using var observer = await ObserveAsync(brokerPort, published);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Kap:Clinic:EmbeddedBroker"] = "false",
            ["Kap:Clinic:DatabasePath"] = database,
            ["Kap:Clinic:PresetsFolder"] = TestPresets.Folder,
            ["Kap:Console:Link:Port"] = brokerPort.ToString(CultureInfo.InvariantCulture),
            ["Kap:Console:Link:UserName"] = "console",
            ["Kap:Console:Link:Password"] = "console-secret",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var log = Path.Combine(folder, "console.log");

        var first = await ConsoleProcess.StartAsync(settings, log);
        await using var headset = await HeadsetRig.StartAsync(brokerPort, Headset, BrokerUsers.PasswordOf(Headset), FastFolder.Create("outbox"),
            PatientScript.Idle);
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
        await Task.Delay(700);
        using var second = await ConsoleProcess.StartAsync(settings, log);
        await Task.Delay(700);
        await stop.CancelAsync();
        await stream;

        await Eventually.HoldsAsync(() => headset.Link.PendingEvents == 0, TimeSpan.FromSeconds(20), "the headset's outbox emptied");
        await Eventually.HoldsAsync(() => RecordedEvents(database) >= published.Count, TimeSpan.FromSeconds(30),
            $"all {published.Count} published events recorded (have {RecordedEvents(database)}; see {log})");
        second.Kill();

        var recorded = EventCounts(database);
        Assert.True(recorded.Count > recordedBeforeKill, "events arrived after the restart too");
        Assert.All(published.Keys, id => Assert.Equal(1, recorded.GetValueOrDefault(id)));
        Assert.Equal(published.Count, recorded.Count);
        Assert.All(recorded, pair => Assert.Equal(1, pair.Value));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<IMqttClient> ObserveAsync(int port, ConcurrentDictionary<string, bool> published)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            using var json = JsonDocument.Parse(System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload));
            published[json.RootElement.GetProperty("id").GetString()!] = true;
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithCredentials("observer", "observer-secret")
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
        query.CommandText = "SELECT reference, COUNT(*) FROM entries WHERE kind = 'event' AND headset_id = 'room-d' GROUP BY reference";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
