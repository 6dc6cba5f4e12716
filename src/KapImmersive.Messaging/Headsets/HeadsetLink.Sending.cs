using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>The background sender: one loop, so state, acks and events leave in the order the frame loop made them.</summary>
public sealed partial class HeadsetLink
{
    /// <summary>How soon to try again when events could not be delivered (link down, or no console subscribed yet).</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private const int MaxQueuedAcks = 1024;

    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly Queue<AckMessage> _acks = new();
    private Outbox? _outbox;
    private StateMessage? _state;
    private bool _stateSent;

    /// <summary>Events waiting for the broker, for tools and tests to watch.</summary>
    public int PendingEvents => _outbox?.Pending.Count ?? 0;

    /// <summary>True when everything handed to <see cref="Publish"/> has reached the broker (nothing queued, nothing in the outbox).</summary>
    public bool IsDrained => _outgoing.Reader.Count == 0 && PendingEvents == 0 && _acks.Count == 0 && _stateSent;

    /// <summary>The sequence number of the newest event; ids run from "{headsetId}-1" to "{headsetId}-{this}".</summary>
    public long LastEventSequence => _outbox?.LastSequence ?? 0;

    private async Task OnConnectedAsync(bool sessionPresent, CancellationToken cancellationToken)
    {
        var client = _connection.Client;
        var subscription = await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.Commands(HeadsetId), MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
        if (subscription.Items.Any(i => (int)i.ResultCode >= 0x80))
        {
            throw new InvalidOperationException($"the broker refused the subscription to {Topics.Commands(HeadsetId)}");
        }

        await client.PublishAsync(Message(Topics.Presence(HeadsetId), Presence(PresenceMessage.Online), retain: true), cancellationToken);
        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (!sessionPresent)
            {
                _outbox?.RequeueDelivered();
            }

            _stateSent = false;
        }
        finally
        {
            _sendGate.Release();
        }

        _outgoing.Writer.TryWrite(new Outgoing.Wake());
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _outgoing.Reader;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                while (reader.TryRead(out var item))
                {
                    await TakeAsync(item, cancellationToken);
                }

                if (await FlushAsync(cancellationToken))
                {
                    await reader.WaitToReadAsync(cancellationToken);
                }
                else
                {
                    await Task.WhenAny(reader.WaitToReadAsync(cancellationToken).AsTask(), Task.Delay(RetryDelay, _time, cancellationToken));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping; whatever is still in the outbox goes out after the next start.
        }
    }

    private async Task TakeAsync(Outgoing item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case Outgoing.State state:
                _state = state.Message;
                _stateSent = false;
                break;
            case Outgoing.Ack ack:
                _acks.Enqueue(ack.Message);

                // While the link is down the console times these commands out anyway; keep only the latest acks.
                if (_acks.Count > MaxQueuedAcks && !_connection.Client.IsConnected)
                {
                    _acks.Dequeue();
                }

                break;
            case Outgoing.Event { SessionEvent: var sessionEvent } when SessionMessages.Event(sessionEvent, "", _clock) is not null:
                await _outbox!.AddAsync(sequence => SessionMessages.Event(sessionEvent, EventId(sequence), _clock)!, cancellationToken);
                break;
        }
    }

    /// <summary>Sends what can be sent; true when nothing is left waiting.</summary>
    private async Task<bool> FlushAsync(CancellationToken cancellationToken)
    {
        if (!_connection.Client.IsConnected)
        {
            return !(_acks.Count > 0 || PendingEvents > 0 || !_stateSent);
        }

        await _sendGate.WaitAsync(cancellationToken);
        try
        {
            if (_state is { } state && !_stateSent)
            {
                var payload = JsonSerializer.SerializeToUtf8Bytes(state, ProtocolJsonContext.Default.StateMessage);
                _stateSent = await TryPublishAsync(Message(Topics.State(HeadsetId), payload, retain: true), cancellationToken) is not null;
            }

            while (_acks.TryPeek(out var ack))
            {
                var payload = JsonSerializer.SerializeToUtf8Bytes(ack, ProtocolJsonContext.Default.AckMessage);
                if (await TryPublishAsync(Message(Topics.Acks(HeadsetId), payload, retain: false), cancellationToken) is null)
                {
                    return false;
                }

                _acks.Dequeue();
            }

            return await FlushEventsAsync(cancellationToken) && _stateSent;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private async Task<bool> FlushEventsAsync(CancellationToken cancellationToken)
    {
        var outbox = _outbox!;
        while (outbox.Pending.Count > 0)
        {
            var entry = outbox.Pending[0];
            var result = await TryPublishAsync(Message(Topics.Events(HeadsetId), entry.Payload, retain: false), cancellationToken);

            // 0x10: the broker took it but nobody (no console session) will get it, so it stays in the outbox for later.
            if (result is null or MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                return false;
            }

            // Success, or a refusal that no retry can change (not authorised, too large): either way it leaves the line.
            outbox.MarkDelivered(entry);
        }

        return true;
    }

    /// <summary>The broker's answer to a QoS 1 publish, or null when the link failed before it came.</summary>
    private async Task<MqttClientPublishReasonCode?> TryPublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return (await _connection.Client.PublishAsync(message, cancellationToken)).ReasonCode;
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

    private string EventId(long sequence) => EventIds.Make(HeadsetId, sequence);
}
