using MQTTnet;

namespace KapImmersive.Messaging.Connection;

/// <summary>
/// One MQTT 5 client that stays connected: connects, runs the caller's on-connect work (subscribe, announce, resend),
/// and after any loss reconnects with capped, jittered backoff until disposed.
/// </summary>
internal sealed class LinkConnection : IAsyncDisposable
{
    private readonly IMqttClient _client;
    private readonly MqttClientOptions _mqttOptions;
    private readonly Func<bool, CancellationToken, Task> _onConnected;
    private readonly TimeProvider _time;
    private readonly Backoff _backoff;
    private readonly CancellationTokenSource _stop = new();
    private TaskCompletionSource _ready = NewSignal();
    private TaskCompletionSource _lost = NewSignal();
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    public LinkConnection(LinkOptions options, MqttClientOptionsBuilder builder, Func<MqttApplicationMessageReceivedEventArgs, Task> onMessage,
        Func<bool, CancellationToken, Task> onConnected, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithTcpServer(options.Host, options.Port)
            .WithCredentials(options.UserName, options.Password)
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
            _lost.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public IMqttClient Client => _client;

    /// <summary>True once connected and the on-connect work is done; false from the moment the connection is lost.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully && _client.IsConnected;

    /// <summary>The broker's refusal of the last attempt (bad password, not authorised...), or null.</summary>
    public MqttClientConnectResultCode? LastRefusal { get; private set; }

    public int Connections { get; private set; }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    public Task WaitReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        await DisconnectQuietlyAsync();
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                _lost = NewSignal();
                var result = await _client.ConnectAsync(_mqttOptions, cancellationToken);
                if (result.ResultCode != MqttClientConnectResultCode.Success)
                {
                    LastRefusal = result.ResultCode;
                    await Task.Delay(_backoff.Next(), _time, cancellationToken);
                    continue;
                }

                LastRefusal = null;
                await _onConnected(result.IsSessionPresent, cancellationToken);
                Connections++;
                _backoff.Reset();
                _ready.TrySetResult();
                await _lost.Task.WaitAsync(cancellationToken);
                _ready = NewSignal();
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Any failure to connect or to do the on-connect work means: drop the connection and try again later.
            catch (Exception)
#pragma warning restore CA1031
            {
                _ready = NewSignal();
                await DisconnectQuietlyAsync();
                await DelayAsync(cancellationToken);
            }
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

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
