using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Telemetry, preview pictures and heartbeats: QoS 0, best effort. While the link is down they are dropped rather than
/// queued, because a stale timing figure or picture is of no use to the clinician later.
/// </summary>
/// <remarks>Threading: callable from any thread; it holds no state, and MQTTnet's publish is safe to call concurrently.</remarks>
internal sealed class MomentaryPublisher(LinkConnection connection, CancellationToken stopping)
{
    public void Publish(string topic, byte[] payload)
    {
        if (!connection.IsReady || stopping.IsCancellationRequested)
        {
            return;
        }

        _ = SendAsync(LinkMessages.Momentary(topic, payload));
    }

    private async Task SendAsync(MQTTnet.MqttApplicationMessage message)
    {
        try
        {
            await connection.TryPublishAsync(message, stopping);
        }
        catch (OperationCanceledException)
        {
            // The link is closing: a momentary message is simply not sent.
        }
    }
}
