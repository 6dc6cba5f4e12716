using System.Diagnostics;
using KapImmersive.Messaging.Tests.Support;
using MQTTnet;
using MQTTnet.Protocol;

namespace KapImmersive.Bench;

/// <summary>
/// The floor under command → ack: two bare MQTTnet clients on the same broker, one publishing QoS 1 and awaiting its
/// PUBACK, the other publishing each message straight back (QoS 1), timed until it is back. What the session channel
/// adds on top of this is the headset's work and its queues, not the network.
/// </summary>
internal sealed class BareRoundTrip : IAsyncDisposable
{
    private const string Ping = "kap/v1/bench/ping";
    private const string Pong = "kap/v1/bench/pong";

    private readonly IMqttClient _pinger = new MqttClientFactory().CreateMqttClient();
    private readonly IMqttClient _echo = new MqttClientFactory().CreateMqttClient();
    private TaskCompletionSource _back = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<List<double>> MeasureAsync(TestBroker broker, int count, CancellationToken cancellationToken)
    {
        await using var trip = new BareRoundTrip();
        await trip.ConnectAsync(broker, cancellationToken);
        await trip.RunAsync(200, cancellationToken);
        return await trip.RunAsync(count, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in new[] { _pinger, _echo })
        {
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build());
            client.Dispose();
        }
    }

    private async Task ConnectAsync(TestBroker broker, CancellationToken cancellationToken)
    {
        var user = TestCredentials.ConsoleUser;
        foreach (var client in new[] { _pinger, _echo })
        {
            var options = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", broker.Port).WithCredentials(user, broker.Credentials.Passwords[user])
                .WithClientId($"bench-{Guid.NewGuid():N}").WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500).Build();
            ((MqttClientTcpOptions)options.ChannelOptions).NoDelay = true;
            await client.ConnectAsync(options, cancellationToken);
        }

        _echo.ApplicationMessageReceivedAsync += e => _echo.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Pong)
            .WithPayload(e.ApplicationMessage.Payload).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
        _pinger.ApplicationMessageReceivedAsync += _ =>
        {
            _back.TrySetResult();
            return Task.CompletedTask;
        };
        await _echo.SubscribeAsync(Ping, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
        await _pinger.SubscribeAsync(Pong, MqttQualityOfServiceLevel.AtLeastOnce, cancellationToken);
    }

    private async Task<List<double>> RunAsync(int count, CancellationToken cancellationToken)
    {
        var payload = new byte[160];
        var latencies = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            _back = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = Stopwatch.GetTimestamp();
            await _pinger.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(Ping).WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build(), cancellationToken);
            await _back.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }
}
