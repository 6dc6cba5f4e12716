using MQTTnet;

namespace KapImmersive.Messaging.Connection;

/// <summary>
/// One MQTT 5 client that stays connected: connects, runs the caller's on-connect work (subscribe, announce, resend),
/// and after any loss, or when asked to, reconnects with capped, jittered backoff until disposed.
/// </summary>
/// <remarks>
/// Threading: only the connection loop (one task) connects and disconnects, so the two never overlap (MQTTnet's rule);
/// the receive handler and every other thread ask for a reconnect with <see cref="RequestReconnect"/> and never call
/// DisconnectAsync themselves. <see cref="IMqttClient.PublishAsync"/> may be called from any thread. Readiness and
/// refusals live in a <see cref="LinkStatus"/> that the loop writes and anyone reads; every change of it pulses
/// <see cref="Changes"/>, which is how <see cref="WaitReadyAsync"/> and other waiters wake without polling.
/// </remarks>
internal sealed class LinkConnection : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _mqttOptions;
    private readonly Func<bool, CancellationToken, Task> _onConnected;
    private readonly TimeProvider _time;
    private readonly Backoff _backoff;
    private readonly CancellationTokenSource _stop = new();
    private readonly LinkStatus _status = new();
    private Task _loop = Task.CompletedTask;
    private int _reconnectRequested;
    private int _disposed;

    public LinkConnection(LinkOptions options, MqttClientOptionsBuilder builder, Func<MqttApplicationMessageReceivedEventArgs, Task> onMessage,
        Func<bool, CancellationToken, Task> onConnected, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(builder);
        if (options.WebSocketUri is { } webSocket)
        {
            builder.WithWebSocketServer(o => o.WithUri(webSocket));
        }
        else
        {
            builder.WithTcpServer(options.Host, options.Port);
        }

        builder.WithCredentials(options.UserName, options.Password)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(options.KeepAliveSeconds))
            .WithTimeout(TimeSpan.FromSeconds(Math.Max(5, options.KeepAliveSeconds)))
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500);
        if (options.UseTls)
        {
            builder.WithTlsOptions(TlsTrust.Options(options.Host, options.CaCertificatePath));
        }

        _mqttOptions = builder.Build();
        if (_mqttOptions.ChannelOptions is MqttClientTcpOptions tcp)
        {
            tcp.NoDelay = true;
        }

        _onConnected = onConnected;
        _time = time;
        _backoff = new Backoff(TimeSpan.FromSeconds(options.ReconnectMinSeconds), TimeSpan.FromSeconds(options.ReconnectMaxSeconds), new Random());
        _client = new MqttClientFactory().CreateMqttClient();
        _client.ApplicationMessageReceivedAsync += onMessage;
        _client.DisconnectedAsync += _ =>
        {
            _status.Lost();
            return Task.CompletedTask;
        };
    }

    public IMqttClient Client => _client;

    /// <summary>True once connected and the on-connect work is done; false from the moment the connection is lost.</summary>
    public bool IsReady => _status.IsReady && _client.IsConnected;

    /// <summary>The broker's refusal of the last attempt (bad password, not authorised...), or null.</summary>
    public MqttClientConnectResultCode? LastRefusal => _status.LastRefusal;

    /// <summary>How many times the link has (re)connected.</summary>
    public int Connections => _status.Connections;

    /// <summary>Completes at the next change of readiness: connected, lost, refused.</summary>
    public Task Changes => _status.Changes;

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var change = _status.Changes;
            if (IsReady)
            {
                return;
            }

            await change.WaitAsync(cancellationToken);
        }
    }

    /// <summary>The broker's answer to a publish (QoS 1: its PUBACK), or null when the link failed before it came.</summary>
    public Task<MqttClientPublishReasonCode?> TryPublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken) =>
        _client.TryPublishAsync(message, cancellationToken);

    /// <summary>
    /// Drops the connection and connects again (the session resumes, so the broker resends what was not acknowledged).
    /// Safe from the receive handler: it returns at once and the connection loop does the rest.
    /// </summary>
    public void RequestReconnect()
    {
        Interlocked.Exchange(ref _reconnectRequested, 1);
        _status.Nudge();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        await DisconnectQuietlyAsync();
        _status.Lost();
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var asked = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var result = await _client.ConnectAsync(_mqttOptions, cancellationToken);
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    _status.Refused(result.ResultCode);
                    await Task.Delay(_backoff.Next(), _time, cancellationToken);
                    continue;
                }

                await _onConnected(result.IsSessionPresent, cancellationToken);

                // A reconnect asked for because a message could not be handled backs off like a failure, so a message
                // that fails every time is retried more and more slowly, not in a tight loop.
                if (!asked)
                {
                    _backoff.Reset();
                }

                _status.Connected();
                await WaitUntilLostOrAskedAsync(cancellationToken);
                asked = Interlocked.Exchange(ref _reconnectRequested, 0) == 1;
                _status.Lost();
                await DisconnectQuietlyAsync();
                if (asked)
                {
                    await DelayAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure to connect or to do the on-connect work means: drop the connection and try again later.
            catch (Exception)
#pragma warning restore CA1031
            {
                _status.Lost();
                await DisconnectQuietlyAsync();
                await DelayAsync(cancellationToken);
            }
        }
    }

    private async Task WaitUntilLostOrAskedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var change = _status.Changes;
            if (!_client.IsConnected || !_status.IsReady || Volatile.Read(ref _reconnectRequested) == 1)
            {
                return;
            }

            await change.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A proper DISCONNECT (no Last Will) when the socket still takes it; a broker that is already gone changes nothing.</summary>
    private async Task DisconnectQuietlyAsync()
    {
        if (!_client.IsConnected)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
        }
#pragma warning disable CA1031 // The connection is closing either way; a goodbye the socket no longer takes changes nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task DelayAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_backoff.Next(), _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the loop ends at its next check.
        }
    }
}
