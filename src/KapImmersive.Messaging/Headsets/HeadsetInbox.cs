using System.Buffers;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using MQTTnet;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// What the console sends a headset: commands, decoded and queued for the frame loop with the time they arrived
/// (an unreadable one is answered with a rejection instead), the record's confirmations, passed to the sender, and
/// (for a headset that follows them) the console's presets.
/// </summary>
/// <remarks>
/// Threading: <see cref="ReceiveAsync"/> runs on the MQTT client's delivery task, one message at a time; the frame
/// loop is the one reader of <see cref="Commands"/>. When the queue is full the inbox waits, so the client stops
/// reading from the broker (and stops acknowledging), never the frame loop.
/// </remarks>
internal sealed class HeadsetInbox(HeadsetLinkOptions options, HeadsetSender sender, PresetShelf presets, TimeProvider time, CancellationToken stopping)
{
    private readonly Channel<ReceivedCommand> _commands = Channel.CreateBounded<ReceivedCommand>(
        new BoundedChannelOptions(options.CommandQueueCapacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<ReceivedCommand> Commands => _commands.Reader;

    public async Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var receivedAt = time.GetUtcNow();
        var message = e.ApplicationMessage;
        if (string.Equals(message.Topic, Topics.Recorded(options.HeadsetId), StringComparison.Ordinal))
        {
            if (MessageReader.TryRead(Bytes(message.Payload), ProtocolJsonContext.Default.RecordedMessage, out var recorded, out _))
            {
                sender.Hand(new Outgoing.Recorded(recorded.EventIds));
            }

            return;
        }

        if (Topics.TryParsePresetTopic(message.Topic, out var presetId))
        {
            presets.Take(presetId, Bytes(message.Payload));
            return;
        }

        var read = Decode(message.Payload);
        if (read.Ok)
        {
            await _commands.Writer.WriteAsync(new ReceivedCommand(read.Command, receivedAt), stopping);
            return;
        }

        sender.Hand(new Outgoing.Ack(new AckMessage
        {
            CommandId = read.CommandId,
            Outcome = ProtocolNames.Of(CommandOutcome.Rejected),
            Reason = read.Error,
            Sequence = sender.LastStateSequence,
            At = receivedAt,
        }));
    }

    /// <summary>Whatever arrives gets an ack: a decoder failure becomes a rejection, never a lost message or a dropped link.</summary>
    private static CommandReadResult Decode(ReadOnlySequence<byte> payload)
    {
        try
        {
            return CommandCodec.Read(Bytes(payload));
        }
#pragma warning disable CA1031 // The payload is untrusted input; no exception from reading it may escape into the MQTT client.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CommandReadResult.Refused(null, $"the command could not be read ({ex.GetType().Name})");
        }
    }

    private static ReadOnlySpan<byte> Bytes(ReadOnlySequence<byte> payload) => payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray();
}
