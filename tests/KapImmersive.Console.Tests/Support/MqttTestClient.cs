using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A bare MQTT 5 client of the console's embedded broker, over TCP or over WebSockets (the web headset's way in), to
/// try what a headset may and may not do. Over wss it trusts exactly the certificate it is given.
/// </summary>
internal sealed class MqttTestClient : IAsyncDisposable
{
    private readonly TaskCompletionSource<MqttClientDisconnectReason> _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MqttTestClient(IMqttClient client)
    {
        Client = client;
        client.ApplicationMessageReceivedAsync += e =>
        {
            Received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString() ?? ""));
            return Task.CompletedTask;
        };
        client.DisconnectedAsync += e =>
        {
            _disconnected.TrySetResult(e.Reason);
            return Task.CompletedTask;
        };
    }

    public IMqttClient Client { get; }

    public MqttClientConnectResult Result { get; private set; } = null!;

    public ConcurrentQueue<(string Topic, string Payload)> Received { get; } = new();

    /// <summary>Completes with the broker's reason when the connection is closed after it was open.</summary>
    public Task<MqttClientDisconnectReason> Disconnected => _disconnected.Task;

    public static async Task<MqttTestClient> ConnectAsync(ConsoleRig console, Transport transport, string? user, string? password, string? clientId = null,
        bool persistent = false, IPAddress? from = null)
    {
        var builder = new MqttClientOptionsBuilder();
        if (transport == Transport.WebSocket)
        {
            builder.WithWebSocketServer(o => o.WithUri(new UriBuilder(console.Address) { Scheme = "ws", Path = "/mqtt" }.Uri.ToString()));
        }
        else
        {
            builder.WithTcpServer("127.0.0.1", console.BrokerPort);
        }

        return await ConnectAsync(builder, user, password, clientId, persistent, from);
    }

    /// <summary>Over wss to the console's HTTPS port, trusting only <paramref name="certificate"/>.</summary>
    public static Task<MqttTestClient> ConnectSecureAsync(ConsoleRig console, X509Certificate2 certificate, string user, string password)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithWebSocketServer(o => o.WithUri(new UriBuilder(console.SecureAddress) { Scheme = "wss", Path = "/mqtt" }.Uri.ToString()))
            .WithTlsOptions(o => o.UseTls().WithCertificateValidationHandler(e => e.Certificate is { } presented
                && presented.GetCertHashString() == certificate.GetCertHashString()));
        return ConnectAsync(builder, user, password, null, false, null);
    }

    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload) => Client.PublishAsync(new MqttApplicationMessageBuilder()
        .WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), CancellationToken.None);

    public Task<MqttClientSubscribeResult> SubscribeAsync(string filter) => Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
        .WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (Client.IsConnected)
        {
            await Client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }

        Client.Dispose();
    }

    private static async Task<MqttTestClient> ConnectAsync(MqttClientOptionsBuilder builder, string? user, string? password, string? clientId, bool persistent,
        IPAddress? from)
    {
        builder.WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(clientId ?? $"test-{Guid.NewGuid():N}")
            .WithCleanStart(!persistent)
            .WithSessionExpiryInterval(persistent ? 3600u : 0u)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (user is not null)
        {
            builder.WithCredentials(user, password ?? "");
        }

        var options = builder.Build();
        if (from is not null && options.ChannelOptions is MqttClientTcpOptions tcp)
        {
            tcp.LocalEndpoint = new IPEndPoint(from, 0);
        }

        var client = new MqttTestClient(new MqttClientFactory().CreateMqttClient());

        // MQTTnet 5 returns a refusal as the CONNACK's result code instead of throwing.
        client.Result = await client.Client.ConnectAsync(options, CancellationToken.None);
        return client;
    }
}
