using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Tests.Support;

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
        using var watch = await TopicWatch.StartAsync(broker);
        var logs = Directory.CreateTempSubdirectory("kap-logs-").FullName;
        using var host = HeadsetHost.Build(broker, "h4", logs, new Dictionary<string, string?>
        {
            ["Kap:App:StartPreset"] = "ocean-twilight",
            ["Kap:App:AudioSink"] = "Null",
            ["Kap:App:FrameRate"] = "30",
            ["Kap:App:PreviewEnabled"] = "true",
            ["Kap:App:PreviewIntervalSeconds"] = "1",
            ["Kap:App:TelemetryIntervalSeconds"] = "1",
            ["Rendering:EyeWidth"] = "32",
            ["Rendering:EyeHeight"] = "32",
        });
        await host.StartAsync();

        await Eventually.TrueAsync(() => watch.On(Topics.Preview("h4")).Any() && watch.On(Topics.Telemetry("h4")).Count() >= 2, "telemetry and a preview", 30);
        var preview = watch.On(Topics.Preview("h4")).First();
        Assert.True(preview is [0xFF, 0xD8, ..], "the preview is a JPEG");
        Assert.True(preview.Length <= new HeadsetRuntimeOptions().PreviewMaxBytes, $"preview of {preview.Length} bytes is over the cap");
        var telemetry = JsonSerializer.Deserialize(watch.On(Topics.Telemetry("h4")).Last(), ProtocolJsonContext.Default.TelemetryMessage)!;
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
}
