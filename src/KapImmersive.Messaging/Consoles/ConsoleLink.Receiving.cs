using System.Buffers;
using KapImmersive.Core.Protocol;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Consoles;

/// <summary>Reading what the headsets publish.</summary>
public sealed partial class ConsoleLink
{
    private async Task OnConnectedAsync(bool sessionPresent, CancellationToken cancellationToken)
    {
        var subscription = await _connection.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.AllHeadsets, MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
        if (subscription.Items.Any(i => (int)i.ResultCode >= 0x80))
        {
            throw new InvalidOperationException($"the broker refused the subscription to {Topics.AllHeadsets}");
        }

        RestartSilenceClocks();
    }

    private Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        try
        {
            Receive(e.ApplicationMessage);
        }
#pragma warning disable CA1031 // A headset's payload is untrusted; a reader failure must not reach the MQTT client and drop the link.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            if (Topics.TryParseHeadsetTopic(e.ApplicationMessage.Topic, out var headsetId, out var channel))
            {
                _notices.Writer.TryWrite(new ConsoleNotice(headsetId, _time.GetUtcNow()) { Problem = $"{channel}: unreadable ({ex.GetType().Name})" });
            }
        }

        return Task.CompletedTask;
    }

    private void Receive(MqttApplicationMessage message)
    {
        if (!Topics.TryParseHeadsetTopic(message.Topic, out var headsetId, out var channel))
        {
            return;
        }

        var payload = message.Payload.IsSingleSegment ? message.Payload.First : message.Payload.ToArray();
        var view = _headsets.GetOrAdd(headsetId, id => new HeadsetView(id));
        var now = _time.GetUtcNow();
        var notice = new ConsoleNotice(headsetId, now);
        if (!message.Retain && IsFromHeadset(channel))
        {
            view.Heard(now);
        }

        string? error = null;
        switch (channel)
        {
            case Channels.Presence when MessageReader.TryRead(payload.Span, ProtocolJsonContext.Default.PresenceMessage, out var presence, out error):
                if (!view.TakePresence(presence, now))
                {
                    return;
                }

                notice = notice with { Presence = presence };
                break;
            case Channels.State when MessageReader.TryRead(payload.Span, ProtocolJsonContext.Default.StateMessage, out var state, out error):
                if (view.State is null || state.Sequence >= view.State.Sequence || message.Retain)
                {
                    view.State = state;
                }

                notice = notice with { State = state };
                break;
            case Channels.Acks when MessageReader.TryRead(payload.Span, ProtocolJsonContext.Default.AckMessage, out var ack, out error):
                if (_awaiting.TryGetValue(ack.CommandId ?? NoId(headsetId), out var waiting))
                {
                    waiting.TrySetResult(ack);
                }

                notice = notice with { Ack = ack };
                break;
            case Channels.Events when MessageReader.TryRead(payload.Span, ProtocolJsonContext.Default.EventMessage, out var evt, out error):
                if (!view.Add(evt))
                {
                    return;
                }

                notice = notice with { Event = evt };
                break;
            case Channels.Presence or Channels.State or Channels.Acks or Channels.Events:
                notice = notice with { Problem = $"{channel}: {error}" };
                break;
            default:
                return;
        }

        _notices.Writer.TryWrite(notice);
    }

    private static bool IsFromHeadset(string channel) => channel is Channels.Presence or Channels.State or Channels.Acks or Channels.Events
        or Channels.Telemetry or Channels.Preview;
}
