using System.Buffers;
using System.Collections.Concurrent;
using MQTTnet;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>A plain MQTT client on the console's account that keeps every telemetry and preview message, which the console link does not surface.</summary>
internal sealed class TopicWatch : IDisposable
{
    private readonly IMqttClient _client;

    private TopicWatch(IMqttClient client) => _client = client;

    public ConcurrentQueue<(string Topic, byte[] Payload)> Seen { get; } = new();

    public static async Task<TopicWatch> StartAsync(TestBroker broker)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var watch = new TopicWatch(client);
        client.ApplicationMessageReceivedAsync += e =>
        {
            watch.Seen.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.Payload.ToArray()));
            return Task.CompletedTask;
        };
        await client.ConnectAsync(new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port)
            .WithCredentials(TestBroker.ConsoleUser, broker.Passwords[TestBroker.ConsoleUser]).WithClientId($"watcher-{Guid.NewGuid():N}").Build());
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("kap/v1/headsets/+/telemetry").WithTopicFilter("kap/v1/headsets/+/preview").Build());
        return watch;
    }

    public IEnumerable<byte[]> On(string topic) => Seen.Where(m => m.Topic == topic).Select(m => m.Payload);

    public void Dispose() => _client.Dispose();
}
