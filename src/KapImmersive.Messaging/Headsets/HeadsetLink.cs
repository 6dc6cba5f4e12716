using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Connection;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// A headset's side of the session channel. Commands arrive in <see cref="Commands"/> for the frame loop to drain
/// (it never waits on the network); the frame loop hands every transition to <see cref="Publish"/>, which returns at
/// once. A sender in the background publishes the retained state, the acks, and the events through the outbox.
/// </summary>
public sealed partial class HeadsetLink : IAsyncDisposable
{
    private readonly HeadsetLinkOptions _options;
    private readonly SessionClock _clock;
    private readonly TimeProvider _time;
    private readonly Channel<SessionCommand> _commands;
    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = false });
    private readonly LinkConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private long _lastStateSequence = -1;
    private Task _sender = Task.CompletedTask;
    private int _disposed;

    public HeadsetLink(HeadsetLinkOptions options, SessionClock clock, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("headset link options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
        _clock = clock;
        _time = time;
        _commands = Channel.CreateBounded<SessionCommand>(new BoundedChannelOptions(options.CommandQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var builder = new MqttClientOptionsBuilder()
            .WithClientId("kap-headset-" + options.HeadsetId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(options.Link.SessionExpirySeconds)
            .WithWillTopic(Topics.Presence(options.HeadsetId))
            .WithWillPayload(Presence(PresenceMessage.Offline))
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        _connection = new LinkConnection(options.Link, builder, ReceiveAsync, OnConnectedAsync, time);
    }

    public string HeadsetId => _options.HeadsetId;

    /// <summary>Valid commands from the console, in arrival order. Unreadable ones never get here: the link rejects them itself.</summary>
    public ChannelReader<SessionCommand> Commands => _commands.Reader;

    public bool IsConnected => _connection.IsReady;

    /// <summary>How many times the link has (re)connected.</summary>
    public int Connections => _connection.Connections;

    public MqttClientConnectResultCode? LastRefusal => _connection.LastRefusal;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _outbox = await Outbox.OpenAsync(_options.OutboxFolder, cancellationToken);
        _connection.Start();
        _sender = Task.Run(() => SendLoopAsync(_stop.Token), CancellationToken.None);
        _heartbeat = Task.Run(() => HeartbeatLoopAsync(_stop.Token), CancellationToken.None);
    }

    public Task WaitConnectedAsync(CancellationToken cancellationToken) => _connection.WaitReadyAsync(cancellationToken);

    /// <summary>Hands a transition to the sender and returns at once: the state if it changed, the acks, the events.</summary>
    public void Publish(Transition transition, double now)
    {
        var state = transition.State;
        if (state.Sequence != Interlocked.Exchange(ref _lastStateSequence, state.Sequence))
        {
            _outgoing.Writer.TryWrite(new Outgoing.State(SessionMessages.State(state, now, _clock)));
        }

        foreach (var sessionEvent in transition.Events)
        {
            _outgoing.Writer.TryWrite(sessionEvent is CommandAcknowledged ack
                ? new Outgoing.Ack(SessionMessages.Ack(ack, state.Sequence, _clock))
                : new Outgoing.Event(sessionEvent));
        }
    }

    /// <summary>Says goodbye properly: presence goes offline (retained), then the connection closes without the Last Will.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        await _sender;
        await _heartbeat;
        if (_connection.IsReady)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            _ = await TryPublishAsync(Message(Topics.Presence(HeadsetId), Presence(PresenceMessage.Offline), retain: true), timeout.Token);
        }

        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    private async Task ReceiveAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var read = Decode(e.ApplicationMessage.Payload);
        if (read.Ok)
        {
            await _commands.Writer.WriteAsync(read.Command, _stop.Token);
            return;
        }

        var refused = new AckMessage
        {
            CommandId = read.CommandId,
            Outcome = ProtocolNames.Of(CommandOutcome.Rejected),
            Reason = read.Error,
            Sequence = Interlocked.Read(ref _lastStateSequence),
            At = _time.GetUtcNow(),
        };
        _outgoing.Writer.TryWrite(new Outgoing.Ack(refused));
    }

    /// <summary>Whatever arrives gets an ack: a decoder failure becomes a rejection, never a lost message or a dropped link.</summary>
    private static CommandReadResult Decode(ReadOnlySequence<byte> payload)
    {
        try
        {
            return CommandCodec.Read(payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray());
        }
#pragma warning disable CA1031 // The payload is untrusted input; no exception from reading it may escape into the MQTT client.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return CommandReadResult.Refused(null, $"the command could not be read ({ex.GetType().Name})");
        }
    }

    private byte[] Presence(string status) => JsonSerializer.SerializeToUtf8Bytes(
        new PresenceMessage { Status = status, At = _time.GetUtcNow(), Software = _options.Software, KeepAliveSeconds = _options.Link.KeepAliveSeconds }, ProtocolJsonContext.Default.PresenceMessage);

    private static MqttApplicationMessage Message(string topic, byte[] payload, bool retain) => new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).WithRetainFlag(retain).Build();
}
