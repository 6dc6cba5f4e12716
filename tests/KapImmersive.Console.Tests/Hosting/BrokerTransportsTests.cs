using System.Text;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using MQTTnet;

namespace KapImmersive.Console.Tests.Hosting;

/// <summary>
/// The console's embedded broker is one MQTT server reached two ways, its TCP port and MQTT over WebSockets at /mqtt on
/// the console's own address; every rule holds the same on both: who may connect, the topics each may use, the payload
/// limit, the queue for a client that is away, the connection rate limit and the slowing of wrong passwords.
/// </summary>
public sealed class BrokerTransportsTests(BrokerRulesFixture fixture) : IClassFixture<BrokerRulesFixture>
{
    private readonly ConsoleRig _console = fixture.Console;

    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task A_wrong_password_and_no_account_are_refused_alike(Transport transport)
    {
        await using var wrong = await MqttTestClient.ConnectAsync(_console, transport, "h-tcp", "not-the-password");
        await using var anonymous = await MqttTestClient.ConnectAsync(_console, transport, null, null);
        await using var right = await MqttTestClient.ConnectAsync(_console, transport, "h-tcp", BrokerUsers.PasswordOf("h-tcp"));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, wrong.Result.ResultCode);
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, anonymous.Result.ResultCode);
        Assert.Equal(MqttClientConnectResultCode.Success, right.Result.ResultCode);
    }

    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task A_headset_uses_only_its_own_topics_and_reads_the_presets_the_console_published_at_start(Transport transport)
    {
        var self = transport == Transport.Tcp ? "h-tcp" : "h-websocket";
        await using var headset = await MqttTestClient.ConnectAsync(_console, transport, self, BrokerUsers.PasswordOf(self));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, (await headset.PublishAsync(Topics.Commands("q-tcp"), Encoding.UTF8.GetBytes("{}"))).ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, (await headset.PublishAsync(Topics.Preset("dusk-meadow"), Encoding.UTF8.GetBytes("{}"))).ReasonCode);
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, (await headset.SubscribeAsync("kap/v1/headsets/q-tcp/#")).Items.Single().ResultCode);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, (await headset.SubscribeAsync(Topics.Commands(self))).Items.Single().ResultCode);
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, (await headset.SubscribeAsync(Topics.AllPresets)).Items.Single().ResultCode);

        string[] shipped = ["dusk-meadow", "night-sky", "ocean-twilight", "warm-room"];
        await Eventually.HoldsAsync(() => shipped.All(id => headset.Received.Any(m => m.Topic == Topics.Preset(id) && m.Payload.Contains($"\"{id}\"", StringComparison.Ordinal))),
            TimeSpan.FromSeconds(10), "every shipped preset arrives retained",
            () => $"received: {string.Join(", ", headset.Received.Select(m => $"{m.Topic} ({m.Payload.Length} chars)"))}");
        Assert.True(headset.Client.IsConnected, "a refused publish leaves the headset connected");
    }

    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task An_oversized_payload_is_refused_with_quota_exceeded(Transport transport)
    {
        await using var console = await MqttTestClient.ConnectAsync(_console, transport, BrokerRulesFixture.Operator, BrokerRulesFixture.OperatorPassword);

        var result = await console.PublishAsync(Topics.Commands("q-tcp"), new byte[ProtocolLimits.MaxPayloadBytes + 1]);

        Assert.Equal(MqttClientPublishReasonCode.QuotaExceeded, result.ReasonCode);
        Assert.Contains((await console.PublishAsync(Topics.Commands("q-tcp"), new byte[16])).ReasonCode,
            new[] { MqttClientPublishReasonCode.Success, MqttClientPublishReasonCode.NoMatchingSubscribers });
    }

    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task Past_the_queue_limit_a_client_away_loses_the_oldest_messages(Transport transport)
    {
        const int Sent = BrokerRulesFixture.QueueLimit + 3;
        var self = transport == Transport.Tcp ? "q-tcp" : "q-websocket";
        var clientId = $"kap-headset-{self}";
        await using (var first = await MqttTestClient.ConnectAsync(_console, transport, self, BrokerUsers.PasswordOf(self), clientId, persistent: true))
        {
            await first.SubscribeAsync(Topics.Commands(self));
        }

        await using (var console = await MqttTestClient.ConnectAsync(_console, Transport.Tcp, BrokerRulesFixture.Operator, BrokerRulesFixture.OperatorPassword))
        {
            for (var i = 1; i <= Sent; i++)
            {
                await console.PublishAsync(Topics.Commands(self), Encoding.UTF8.GetBytes($"command {i}"));
            }
        }

        await using var back = await MqttTestClient.ConnectAsync(_console, transport, self, BrokerUsers.PasswordOf(self), clientId, persistent: true);
        Assert.True(back.Result.IsSessionPresent);
        await Eventually.HoldsAsync(() => back.Received.Any(m => m.Payload == $"command {Sent}"), TimeSpan.FromSeconds(5), "the newest command arrives");
        await Task.Delay(300);
        Assert.Equal(Enumerable.Range(Sent - BrokerRulesFixture.QueueLimit + 1, BrokerRulesFixture.QueueLimit).Select(i => $"command {i}"),
            back.Received.Select(m => m.Payload));
    }
}
