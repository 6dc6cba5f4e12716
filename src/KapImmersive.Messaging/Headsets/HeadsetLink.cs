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
/// once. Composed of a connection that stays up (<see cref="LinkConnection"/>), an inbox for what the console sends
/// (<see cref="HeadsetInbox"/>), a sender for the state, acks and events (<see cref="HeadsetSender"/>, with the
/// outbox), a momentary publisher for telemetry and previews, and the presence heartbeat.
/// </summary>
/// <remarks>
/// Threading contract. The frame loop calls <see cref="Publish"/>, <see cref="PublishTelemetry"/>,
/// <see cref="PublishPreview"/> and reads <see cref="Commands"/> (its only reader); none of them waits. The MQTT
/// client's delivery task runs the inbox; the connection loop runs the on-connect work; the sender loop and the
/// heartbeat loop are tasks of their own. Shared state is never locked against the network: the sender's queues and
/// outbox belong to the sender loop alone and everyone else reaches them through its channel; what other threads read
/// (<see cref="IsDrained"/>, <see cref="PendingEvents"/>, <see cref="LastEventSequence"/>) comes from one immutable
/// snapshot the loop swaps in; counters are Interlocked; waiting (<see cref="WaitConnectedAsync"/>,
/// <see cref="DrainAsync"/>) is on versioned change signals that every change completes, never on polling.
/// Any thread may read the properties and call <see cref="DrainAsync"/> and <see cref="DisposeAsync"/>.
/// </remarks>
public sealed class HeadsetLink : IAsyncDisposable
{
    private readonly HeadsetLinkOptions _options;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly LinkConnection _connection;
    private readonly HeadsetSender _sender;
    private readonly HeadsetInbox _inbox;
    private readonly PresetShelf _presets = new();
    private readonly MomentaryPublisher _momentary;
    private readonly PresenceHeartbeat _heartbeat;
    private Task _running = Task.CompletedTask;
    private int _disposed;

    /// <param name="outbox">Where undelivered events are kept; by default files in <see cref="HeadsetLinkOptions.OutboxFolder"/>.</param>
    public HeadsetLink(HeadsetLinkOptions options, SessionClock clock, TimeProvider time, IOutboxStore? outbox = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("headset link options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
        _time = time;
        var builder = new MqttClientOptionsBuilder()
            .WithClientId("kap-headset-" + options.HeadsetId)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(options.Link.SessionExpirySeconds)
            .WithWillTopic(Topics.Presence(options.HeadsetId))
            .WithWillPayload(Presence(PresenceMessage.Offline))
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        _connection = new LinkConnection(options.Link, builder, e => _inbox!.ReceiveAsync(e), OnConnectedAsync, time);
        _sender = new HeadsetSender(options, outbox ?? new FileOutboxStore(options.OutboxFolder), _connection, clock, time);
        _inbox = new HeadsetInbox(options, _sender, _presets, time, _stop.Token);
        _momentary = new MomentaryPublisher(_connection, _stop.Token);
        var heartbeat = TimeSpan.FromSeconds(options.Link.KeepAliveSeconds / PresenceMessage.HeartbeatsPerKeepAlive);
        _heartbeat = new PresenceHeartbeat(heartbeat, Presence, Topics.Presence(options.HeadsetId), _momentary, time);
    }

    public string HeadsetId => _options.HeadsetId;

    /// <summary>Valid commands from the console, in arrival order, each with the time the link received it. Unreadable ones never get here: the link rejects them itself.</summary>
    public ChannelReader<ReceivedCommand> Commands => _inbox.Commands;

    public bool IsConnected => _connection.IsReady;

    /// <summary>How many times the link has (re)connected.</summary>
    public int Connections => _connection.Connections;

    public MqttClientConnectResultCode? LastRefusal => _connection.LastRefusal;

    /// <summary>With <see cref="HeadsetLinkOptions.FollowPresets"/>: the console's presets as JSON documents by id, as they stand now.</summary>
    public IReadOnlyDictionary<string, string> Presets => _presets.Documents;

    /// <summary>Completes at the next preset that arrives or goes.</summary>
    public Task PresetsChanged => _presets.Changes;

    /// <summary>Events waiting for the broker, for tools and tests to watch.</summary>
    public int PendingEvents => _sender.Progress.PendingEvents;

    /// <summary>Events the broker took whose recording no console has confirmed yet; they are sent again now and then.</summary>
    public int UnrecordedEvents => _sender.Progress.UnrecordedEvents;

    /// <summary>True when everything handed to <see cref="Publish"/> has reached the broker (nothing queued, nothing in the outbox).</summary>
    public bool IsDrained => _sender.IsDrained;

    /// <summary>The sequence number of the newest event; ids run from "{headsetId}-1" to "{headsetId}-{this}".</summary>
    public long LastEventSequence => _sender.Progress.LastSequence;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _sender.OpenAsync(cancellationToken);
        _connection.Start();
        var stopping = _stop.Token;
        _running = Task.WhenAll(Task.Run(() => _sender.RunAsync(stopping), CancellationToken.None), Task.Run(() => _heartbeat.RunAsync(stopping), CancellationToken.None));
    }

    public Task WaitConnectedAsync(CancellationToken cancellationToken) => _connection.WaitReadyAsync(cancellationToken);

    /// <summary>Hands a transition to the sender and returns at once: the state if it changed, the acks, the events.</summary>
    public void Publish(Transition transition, double now) => _sender.Publish(transition, now);

    public void PublishTelemetry(TelemetryMessage telemetry) =>
        _momentary.Publish(Topics.Telemetry(HeadsetId), JsonSerializer.SerializeToUtf8Bytes(telemetry, ProtocolJsonContext.Default.TelemetryMessage));

    public void PublishPreview(ReadOnlyMemory<byte> image)
    {
        if (image.Length > ProtocolLimits.MaxPayloadBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(image), image.Length, $"a preview is at most {ProtocolLimits.MaxPayloadBytes} bytes");
        }

        _momentary.Publish(Topics.Preview(HeadsetId), image.ToArray());
    }

    /// <summary>
    /// Waits, at most <paramref name="timeout"/>, until everything handed to <see cref="Publish"/> has left (the last
    /// state, the acks, the events), so a headset that ends a session says so before it says goodbye. Returns at
    /// once while the link is down, and as soon as it drops: the outbox keeps the events for the next start.
    /// </summary>
    public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        while (true)
        {
            var (sent, linked) = (_sender.Changes, _connection.Changes);
            var left = deadline - _time.GetUtcNow();
            if (!_connection.IsReady || _sender.IsDrained || left <= TimeSpan.Zero)
            {
                return;
            }

            try
            {
                await Task.WhenAny(sent, linked).WaitAsync(left, _time, cancellationToken);
            }
            catch (TimeoutException)
            {
                return;
            }
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
        await _running;
        if (_connection.IsReady)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            _ = await _connection.TryPublishAsync(LinkMessages.Reliable(Topics.Presence(HeadsetId), Presence(PresenceMessage.Offline), retain: true), timeout.Token);
        }

        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>On every (re)connect, on the connection loop: subscribe, say online, and let the sender resend.</summary>
    private async Task OnConnectedAsync(bool sessionPresent, CancellationToken cancellationToken)
    {
        var filters = new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.Commands(HeadsetId), MqttQualityOfServiceLevel.AtLeastOnce)
            .WithTopicFilter(Topics.Recorded(HeadsetId), MqttQualityOfServiceLevel.AtLeastOnce);
        if (_options.FollowPresets)
        {
            filters.WithTopicFilter(Topics.AllPresets, MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var subscription = await _connection.Client.SubscribeAsync(filters.Build(), cancellationToken);
        if (subscription.Items.FirstOrDefault(i => (int)i.ResultCode >= 0x80) is { } refused)
        {
            throw new InvalidOperationException($"the broker refused the subscription to {refused.TopicFilter.Topic}");
        }

        await _connection.Client.PublishAsync(LinkMessages.Reliable(Topics.Presence(HeadsetId), Presence(PresenceMessage.Online), retain: true), cancellationToken);
        _sender.Hand(new Outgoing.Connected(sessionPresent));
    }

    private byte[] Presence(string status) => JsonSerializer.SerializeToUtf8Bytes(
        new PresenceMessage { Status = status, At = _time.GetUtcNow(), Software = _options.Software, KeepAliveSeconds = _options.Link.KeepAliveSeconds }, ProtocolJsonContext.Default.PresenceMessage);
}
