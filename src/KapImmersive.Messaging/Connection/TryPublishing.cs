using MQTTnet;

namespace KapImmersive.Messaging.Connection;

/// <summary>A publish that answers instead of throwing when the link fails under it, for senders that simply try again later.</summary>
internal static class TryPublishing
{
    /// <summary>The broker's answer (QoS 1: its PUBACK), or null when the link failed before it came.</summary>
    public static async Task<MqttClientPublishReasonCode?> TryPublishAsync(this IMqttClient client, MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.PublishAsync(message, cancellationToken)).ReasonCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A lost connection shows up as any of several exceptions; all mean "not sent, try again later".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
