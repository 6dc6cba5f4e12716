using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace KapImmersive.Messaging.Broker;

/// <summary>
/// The embedded MQTT 5 broker: MQTTnet.Server with per-user passwords, the per-headset ACL, TLS when a certificate is
/// configured, a payload size limit, a connection rate limit and wrong passwords slowed per address. Refusals carry
/// MQTT 5 reason codes. Besides its own TCP listeners it serves any other transport handed to it (the console's
/// MQTT over WebSockets), so every rule holds the same whichever way a client comes in. Accounts may be added and
/// removed while it runs (<see cref="AddUser"/>, <see cref="RemoveUserAsync"/>).
/// </summary>
public sealed partial class KapBroker : IAsyncDisposable
{
    private const string UserKey = "kap.user";

    private readonly BrokerOptions _options;
    private readonly ConcurrentDictionary<string, BrokerUser> _users;
    private readonly IReadOnlyList<IMqttServerAdapter> _moreTransports;
    private readonly ConnectionRateLimiter _rate;
    private readonly WrongPasswordPacer _wrongPasswords;
    private readonly TimeProvider _time;
    private CancellationTokenSource _stopping = new();
    private MqttServer? _server;
    private X509Certificate2? _certificate;

    /// <param name="moreTransports">
    /// Transports besides the TCP listeners, such as MQTTnet.AspNetCore's connection handler for MQTT over WebSockets:
    /// the same server, users, topic rules and limits serve them.
    /// </param>
    public KapBroker(BrokerOptions options, TimeProvider time, IEnumerable<IMqttServerAdapter>? moreTransports = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException("broker options: " + string.Join("; ", problems), nameof(options));
        }

        _options = options;
        _users = new ConcurrentDictionary<string, BrokerUser>(options.Users.Select(u => KeyValuePair.Create(u.Name, u)), StringComparer.Ordinal);
        _moreTransports = [.. moreTransports ?? []];
        _rate = new ConnectionRateLimiter(options.ConnectionsPerSecond, options.ConnectionBurst, time);
        _wrongPasswords = new WrongPasswordPacer(options.WrongPasswordsBeforeDelay, TimeSpan.FromSeconds(options.WrongPasswordDelaySeconds),
            TimeSpan.FromSeconds(options.MaxWrongPasswordDelaySeconds), time);
        _time = time;
    }

    public bool IsRunning => _server?.IsStarted ?? false;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var address = IPAddress.Parse(_options.Address);
        var builder = new MqttServerFactory().CreateServerOptionsBuilder().WithPersistentSessions(true)
            .WithMaxPendingMessagesPerClient(_options.MaxQueuedMessagesPerClient);
        if (_options.Port > 0)
        {
            builder.WithDefaultEndpoint().WithDefaultEndpointBoundIPAddress(address).WithDefaultEndpointPort(_options.Port);
        }
        else
        {
            builder.WithoutDefaultEndpoint();
        }

        if (_options.CertificatePath is { } path)
        {
            _certificate = X509CertificateLoader.LoadPkcs12FromFile(path, _options.CertificatePassword);
            builder.WithEncryptedEndpoint().WithEncryptedEndpointBoundIPAddress(address).WithEncryptedEndpointPort(_options.TlsPort)
                .WithEncryptionCertificate(_certificate);
        }

        var serverOptions = builder.Build();
        serverOptions.DefaultEndpointOptions.NoDelay = true;
        serverOptions.TlsEndpointOptions.NoDelay = true;

        // The Last Will must go out within 1.5x the keep-alive; a coarse monitor would add up to its own interval.
        serverOptions.KeepAliveOptions.MonitorInterval = TimeSpan.FromMilliseconds(50);

        if (_stopping.IsCancellationRequested)
        {
            _stopping.Dispose();
            _stopping = new CancellationTokenSource();
        }

        var factory = new MqttServerFactory();
        _server = factory.CreateMqttServer(serverOptions, [.. factory.DefaultServerAdapters.Select(create => create(factory)), .. _moreTransports]);
        _server.ValidatingConnectionAsync += ValidateConnectionAsync;
        _server.ClientConnectedAsync += TakeConnectedAsync;
        _server.InterceptingPublishAsync += InterceptPublishAsync;
        _server.InterceptingSubscriptionAsync += InterceptSubscriptionAsync;
        await _server.StartAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_server is { } server)
        {
            _server = null;
            await _stopping.CancelAsync();
            await server.StopAsync(new MqttServerStopOptionsBuilder().Build());
            server.Dispose();
        }

        _certificate?.Dispose();
        _certificate = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _stopping.Dispose();
    }

    private async Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (string.IsNullOrEmpty(e.ClientId))
        {
            // MQTT 5 lets a client leave its id to the server (mosquitto_sub and mosquitto_pub do); without one, any
            // refusal below would read "client identifier not valid" instead of its real reason.
            e.AssignedClientIdentifier = $"auto-{Guid.NewGuid():N}";
        }

        if (!_rate.TryAcquire(e.RemoteEndPoint))
        {
            e.ReasonCode = MqttConnectReasonCode.ConnectionRateExceeded;
            return;
        }

        if (string.IsNullOrEmpty(e.UserName))
        {
            e.ReasonCode = MqttConnectReasonCode.NotAuthorized;
            e.ReasonString = "anonymous connections are refused";
            return;
        }

        if (!_wrongPasswords.TryEnter(e.RemoteEndPoint))
        {
            e.ReasonCode = MqttConnectReasonCode.ServerBusy;
            e.ReasonString = "wrong passwords from this address are still waiting for their answer; try again later";
            return;
        }

        try
        {
            if (!_users.TryGetValue(e.UserName, out var user) || !PasswordHash.Verify(e.Password, user.PasswordHash))
            {
                await HoldBackAsync(_wrongPasswords.Failed(e.RemoteEndPoint));
                e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
                return;
            }

            if (await SessionOwnerAsync(e.ClientId) is { } owner && owner != user.Name)
            {
                e.ReasonCode = MqttConnectReasonCode.NotAuthorized;
                e.ReasonString = "this client id belongs to another account's session";
                return;
            }

            e.SessionItems[UserKey] = user;
            e.ReasonCode = MqttConnectReasonCode.Success;
        }
        finally
        {
            _wrongPasswords.Exit(e.RemoteEndPoint);
        }
    }

    /// <summary>Holds a wrong answer back, unless the broker is stopping.</summary>
    private async Task HoldBackAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _time, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            // Stopping: answer now rather than keep the shutdown waiting.
        }
    }
}
