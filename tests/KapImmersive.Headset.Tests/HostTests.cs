using System.Collections.Concurrent;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using MQTTnet;

namespace KapImmersive.Headset.Tests;

/// <summary>The whole app as a clinic runs it: telemetry, previews within the size cap, the device log, and a gentle return on stop.</summary>
public sealed class HostTests
{
    [Fact]
    public async Task The_running_app_reports_itself_and_brings_the_patient_back_gently_when_stopped()
    {
        await using var broker = new TestBroker("h4");
        await broker.StartAsync();
        await using var console = await Consoles.ConnectAsync(broker);
        var seen = new ConcurrentQueue<(string Topic, byte[] Payload)>();
        using var watcher = await WatchAsync(broker, seen);
        var logs = Directory.CreateTempSubdirectory("kap-logs-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kap:Headset:HeadsetId"] = "h4",
            ["Kap:Headset:Link:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Kap:Headset:Link:Password"] = broker.Passwords["h4"],
            ["Kap:Headset:OutboxFolder"] = Path.Combine(logs, "outbox"),
            ["Kap:App:PresetFolder"] = RepositoryRoot.Combine("environments"),
            ["Kap:App:StartPreset"] = "ocean-twilight",
            ["Kap:App:AudioSink"] = "Null",
            ["Kap:App:FrameRate"] = "30",
            ["Kap:App:PreviewEnabled"] = "true",
            ["Kap:App:PreviewIntervalSeconds"] = "1",
            ["Kap:App:TelemetryIntervalSeconds"] = "1",
            ["Kap:App:SessionLogFolder"] = logs,
            ["Rendering:EyeWidth"] = "32",
            ["Rendering:EyeHeight"] = "32",
        });
        builder.AddHeadsetApp();
        using var host = builder.Build();
        Assert.True(StartupCheck.Passes(host, TextWriter.Null, "test"));
        await host.StartAsync();

        await Eventually.TrueAsync(() => seen.Any(m => m.Topic.EndsWith("/preview", StringComparison.Ordinal)) && seen.Count(m => m.Topic.EndsWith("/telemetry", StringComparison.Ordinal)) >= 2, "telemetry and a preview", 30);
        var preview = seen.First(m => m.Topic == Topics.Preview("h4")).Payload;
        Assert.True(preview is [0xFF, 0xD8, ..], "the preview is a JPEG");
        Assert.True(preview.Length <= new HeadsetAppOptions().PreviewMaxBytes, $"preview of {preview.Length} bytes is over the cap");
        var telemetry = JsonSerializer.Deserialize(seen.Last(m => m.Topic == Topics.Telemetry("h4")).Payload, ProtocolJsonContext.Default.TelemetryMessage)!;
        Assert.True(telemetry.FrameMillisecondsP50 > 0 && telemetry.FrameMillisecondsP99 >= telemetry.FrameMillisecondsP50);

        await console.SendAsync("h4", new Core.Session.SetDarkness("d1", "dr-lee", 0.7), CancellationToken.None);
        await Eventually.TrueAsync(() => console.Find("h4")?.State?.Darkness.Target == 0.7, "the darkening in the retained state");

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stop = host.StopAsync(stopping.Token);
        await Eventually.TrueAsync(() => console.Find("h4")?.State?.Phase == "return", "the gentle return on stop", 15);
        Assert.Equal(0, console.Find("h4")!.State!.Darkness.Target);
        await stop;
        Assert.Equal("ended", console.Find("h4")!.State!.Phase);

        var log = await File.ReadAllLinesAsync(Directory.GetFiles(logs, "h4-*.jsonl").Single());
        Assert.Contains(log, l => l.Contains("\"kind\":\"command\"", StringComparison.Ordinal) && l.Contains("\"setDarkness\"", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("\"kind\":\"ack\"", StringComparison.Ordinal) && l.Contains("\"commandId\":\"d1\"", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("\"kind\":\"event\"", StringComparison.Ordinal) && l.Contains("\"to\":\"ended\"", StringComparison.Ordinal));
    }

    private static async Task<IMqttClient> WatchAsync(TestBroker broker, ConcurrentQueue<(string, byte[])> seen)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        client.ApplicationMessageReceivedAsync += e =>
        {
            seen.Enqueue((e.ApplicationMessage.Topic, System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port)
            .WithCredentials(TestBroker.ConsoleUser, broker.Passwords[TestBroker.ConsoleUser]).WithClientId("watcher").Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("kap/v1/headsets/+/telemetry").WithTopicFilter("kap/v1/headsets/+/preview").Build());
        return client;
    }
}
