using System.Text.Json;
using KapImmersive.Core.Protocol;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Telemetry and preview pictures: QoS 0, best effort. While the link is down they are dropped rather than queued,
/// because a stale timing figure or picture is of no use to the clinician later.
/// </summary>
public sealed partial class HeadsetLink
{
    public void PublishTelemetry(TelemetryMessage telemetry) =>
        PublishMomentary(Topics.Telemetry(HeadsetId), JsonSerializer.SerializeToUtf8Bytes(telemetry, ProtocolJsonContext.Default.TelemetryMessage));

    public void PublishPreview(ReadOnlyMemory<byte> image)
    {
        if (image.Length > ProtocolLimits.MaxPayloadBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(image), image.Length, $"a preview is at most {ProtocolLimits.MaxPayloadBytes} bytes");
        }

        PublishMomentary(Topics.Preview(HeadsetId), image.ToArray());
    }

    private void PublishMomentary(string topic, byte[] payload)
    {
        if (!_connection.IsReady || _stop.IsCancellationRequested)
        {
            return;
        }

        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce).Build();
        _ = SendMomentaryAsync(message);
    }

    private async Task SendMomentaryAsync(MqttApplicationMessage message)
    {
        try
        {
            await TryPublishAsync(message, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // The link is closing: a momentary message is simply not sent.
        }
    }
}
