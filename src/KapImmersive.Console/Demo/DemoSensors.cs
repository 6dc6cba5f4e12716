using System.Text.Json;
using KapImmersive.Core.Protocol;
using LinkOptions = KapImmersive.Messaging.Connection.LinkOptions;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Console.Demo;

/// <summary>
/// What a real headset and a clinic's sensor bridge would publish beside the session channel: head-motion telemetry
/// every 2 s and heart rate every 5 s, gently wandering. Runs on the headset's own broker account.
/// </summary>
public sealed class DemoSensors(LinkOptions link, string headsetId, int seed, TimeProvider time)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder().WithClientId($"{headsetId}-sensors").WithTcpServer(link.Host, link.Port)
            .WithCredentials(link.UserName, link.Password).WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build();
        var random = new Random(seed);
        var heartRate = 72.0 + seed * 4;
        var tick = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!client.IsConnected)
            {
                await client.ConnectAsync(options, cancellationToken);
            }

            var now = time.GetUtcNow();
            var motion = Math.Max(0, 4 + 3 * Math.Sin(tick / 15.0 + seed) + random.NextDouble() * 2);
            await PublishAsync(client, Topics.Telemetry(headsetId), new TelemetryMessage { At = now, HeadMotion = motion, FrameMillisecondsP50 = 8, FrameMillisecondsP99 = 11 },
                ProtocolJsonContext.Default.TelemetryMessage, MqttQualityOfServiceLevel.AtMostOnce, cancellationToken);
            if (tick % 5 == 0)
            {
                heartRate = Math.Clamp(heartRate + (random.NextDouble() - 0.5) * 4, 58, 110);
                await PublishAsync(client, Topics.Vitals(headsetId), new VitalsMessage { At = now, HeartRate = Math.Round(heartRate), Source = "demo-sensor" },
                    ProtocolJsonContext.Default.VitalsMessage, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
            }

            tick += 2;
            await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
        }
    }

    private static Task<MqttClientPublishResult> PublishAsync<T>(IMqttClient client, string topic, T message, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type,
        MqttQualityOfServiceLevel qos, CancellationToken cancellationToken) =>
        client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(JsonSerializer.SerializeToUtf8Bytes(message, type))
            .WithQualityOfServiceLevel(qos).Build(), cancellationToken);
}
