using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>A bare MQTT 5 client, to do what the links never would (wrong passwords, foreign topics, junk payloads).</summary>
internal sealed class RawClient : IAsyncDisposable
{
    private RawClient(IMqttClient client, MqttClientConnectResult result)
    {
        Client = client;
        Result = result;
        client.ApplicationMessageReceivedAsync += e =>
        {
            Received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString()));
            return Task.CompletedTask;
        };
    }

    public IMqttClient Client { get; }

    public MqttClientConnectResult Result { get; }

    public ConcurrentQueue<(string Topic, string Payload)> Received { get; } = new();

    public static async Task<RawClient> ConnectAsync(TestBroker broker, string? user, string? password, bool tls = false)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", tls ? broker.TlsPort : broker.Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"raw-{Guid.NewGuid():N}")
            .WithTimeout(TimeSpan.FromSeconds(5));
        if (user is not null)
        {
            builder.WithCredentials(user, password ?? "");
        }

        // MQTTnet 5 returns a refusal as the CONNACK's result code instead of throwing.
        return new RawClient(client, await client.ConnectAsync(builder.Build(), CancellationToken.None));
    }

    public static Task<RawClient> ConnectAsAsync(TestBroker broker, string user) => ConnectAsync(broker, user, broker.Credentials.Passwords[user]);

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
}
