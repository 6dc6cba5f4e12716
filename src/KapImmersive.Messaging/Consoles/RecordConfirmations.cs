using System.Text.Json;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Connection;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Consoles;

/// <summary>
/// Tells each headset which of its events the record has (<see cref="RecordedMessage"/> on .../recorded, QoS 1), so
/// it can let them go; until then it keeps sending them. Confirmations are gathered per headset and sent in batches.
/// </summary>
/// <remarks>
/// Threading: <see cref="Confirm"/> is called on the MQTT client's delivery task and only writes to a channel; one
/// loop of its own reads the channel and publishes (never from inside the delivery handler, which must not wait on
/// the network). A confirmation that cannot be sent now waits for the link; one lost with the console is harmless,
/// because the headset sends the event again and the record confirms it again.
/// </remarks>
internal sealed class RecordConfirmations(LinkConnection connection, TimeProvider time)
{
    private const int MaxIdsPerMessage = 256;

    private readonly Channel<(string HeadsetId, string EventId)> _confirmed = Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });

    public void Confirm(string headsetId, string eventId) => _confirmed.Writer.TryWrite((headsetId, eventId));

    public async Task RunAsync(CancellationToken stopping)
    {
        var waiting = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        try
        {
            while (await _confirmed.Reader.WaitToReadAsync(stopping))
            {
                while (_confirmed.Reader.TryRead(out var item))
                {
                    (waiting.TryGetValue(item.HeadsetId, out var ids) ? ids : waiting[item.HeadsetId] = []).Add(item.EventId);
                }

                await SendAsync(waiting, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: the headsets send what was not confirmed again, and the next console confirms it.
        }
    }

    private async Task SendAsync(Dictionary<string, List<string>> waiting, CancellationToken stopping)
    {
        while (waiting.Count > 0)
        {
            await connection.WaitReadyAsync(stopping);
            var (headsetId, ids) = waiting.First();
            var batch = ids.Take(MaxIdsPerMessage).ToList();
            var payload = JsonSerializer.SerializeToUtf8Bytes(new RecordedMessage { EventIds = batch, At = time.GetUtcNow() }, ProtocolJsonContext.Default.RecordedMessage);
            var message = new MqttApplicationMessageBuilder().WithTopic(Topics.Recorded(headsetId)).WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
            if (await connection.TryPublishAsync(message, stopping) is null)
            {
                await Task.WhenAny(connection.Changes, Task.Delay(TimeSpan.FromMilliseconds(100), time, stopping));
                continue;
            }

            ids.RemoveRange(0, batch.Count);
            if (ids.Count == 0)
            {
                waiting.Remove(headsetId);
            }
        }
    }
}
