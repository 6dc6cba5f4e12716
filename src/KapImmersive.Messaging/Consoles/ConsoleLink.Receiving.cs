using System.Buffers;
using KapImmersive.Core.Protocol;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Consoles;

/// <summary>Reading what the headsets publish, and recording it first when there is a recorder.</summary>
public sealed partial class ConsoleLink
{
    /// <summary>What headsets (and sensor bridges) send a console; not the console's own commands and confirmations.</summary>
    private static readonly string[] FromHeadsets = [Channels.Presence, Channels.State, Channels.Acks, Channels.Events, Channels.Telemetry, Channels.Preview, Channels.Vitals];

    private static readonly string[] Recorded = [Channels.Events, Channels.Vitals, Channels.Telemetry, Channels.Preview];

    private async Task OnConnectedAsync(bool sessionPresent, CancellationToken cancellationToken)
    {
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var channel in FromHeadsets)
        {
            subscribe.WithTopicFilter($"{Topics.Root}/headsets/+/{channel}", MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var subscription = await _connection.Client.SubscribeAsync(subscribe.Build(), cancellationToken);
        if (subscription.Items.FirstOrDefault(i => (int)i.ResultCode >= 0x80) is { } refused)
        {
            throw new InvalidOperationException($"the broker refused the subscription to {refused.TopicFilter.Topic}");
        }

        RestartSilenceClocks();
    }

    private async Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        if (_recorder is not null && !await TryRecordAsync(e))
        {
            return;
        }

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
    }

    /// <summary>
    /// Records a report before the broker gets its PUBACK; false when it could not be recorded, and then it is not
    /// acknowledged at all: the link reconnects (on its own loop) and the broker delivers it again.
    /// </summary>
    private async Task<bool> TryRecordAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        if (!Topics.TryParseHeadsetTopic(message.Topic, out var headsetId, out var channel) || !Recorded.Contains(channel))
        {
            return true;
        }

        var payload = message.Payload.IsSingleSegment ? message.Payload.First : message.Payload.ToArray();
        try
        {
            await _recorder!.RecordAsync(new HeadsetReport(headsetId, channel, payload), _stop.Token);
        }
#pragma warning disable CA1031 // Whatever kept the record from committing, the answer is the same: no PUBACK, and the broker delivers it again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            e.AutoAcknowledge = false;
            _notices.Writer.TryWrite(new ConsoleNotice(headsetId, _time.GetUtcNow()) { Problem = $"{channel}: not recorded, to be delivered again ({ex.Message})" });
            _connection.RequestReconnect();
            return false;
        }

        if (channel == Channels.Events && MessageReader.TryRead(payload.Span, ProtocolJsonContext.Default.EventMessage, out var evt, out _))
        {
            _confirmations.Confirm(headsetId, evt.Id);
        }

        return true;
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
