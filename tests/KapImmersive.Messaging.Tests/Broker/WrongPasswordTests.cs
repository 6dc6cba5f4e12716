using System.Net;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Tests.Support;
using MQTTnet;
using MQTTnet.Formatter;

namespace KapImmersive.Messaging.Tests.Broker;

/// <summary>
/// The embedded broker answers wrong passwords ever more slowly per address, as the console's sign-in does; the right
/// password and other addresses are never held back. Its clock is fake, so "held back" means "not answered until
/// the test moves time on".
/// </summary>
public sealed class WrongPasswordTests
{
    private const string Headset = "h1";
    private const string Password = "h1-password-ok";
    private readonly HoldWatchingTime _time = new(DateTimeOffset.UtcNow);
    private readonly int _port = FreePort.Next();
    private async Task<KapBroker> StartBrokerAsync()
    {
        var broker = new KapBroker(new BrokerOptions
        {
            Port = _port,
            Users = [new BrokerUser { Name = Headset, Role = BrokerRole.Headset, PasswordHash = PasswordHash.Create(Password, 1_000) }],
            WrongPasswordsBeforeDelay = 2,
            WrongPasswordDelaySeconds = 1,
            MaxWrongPasswordDelaySeconds = 4,
        }, _time);
        await broker.StartAsync(CancellationToken.None);
        return broker;
    }

    [Fact]
    public async Task Wrong_passwords_from_one_address_are_answered_ever_more_slowly_while_the_right_one_and_other_addresses_are_not()
    {
        await using var broker = await StartBrokerAsync();
        for (var free = 0; free < 2; free++)
        {
            Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await ConnectAsync("127.0.0.1", "guess"));
        }

        foreach (var seconds in new[] { 1, 2, 4, 4 })
        {
            var holds = _time.Holds;
            var held = ConnectAsync("127.0.0.1", "guess");
            await Eventually.HoldsAsync(() => _time.Holds > holds || held.IsCompleted, TimeSpan.FromSeconds(10), "the broker holds the answer back or gives it");
            Assert.False(held.IsCompleted, $"a wrong password beyond the free ones was answered before {seconds} s had passed");
            _time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
            await Task.Delay(100);
            Assert.False(held.IsCompleted, $"answered before its {seconds} s");
            _time.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await held.WaitAsync(TimeSpan.FromSeconds(5)));
        }

        Assert.Equal(MqttClientConnectResultCode.Success, await ConnectAsync("127.0.0.1", Password).WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, await ConnectAsync("127.0.0.2", "guess").WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Opening_more_connections_buys_no_more_guesses_while_wrong_answers_are_held_back()
    {
        await using var broker = await StartBrokerAsync();
        for (var free = 0; free < 2; free++)
        {
            await ConnectAsync("127.0.0.3", "guess");
        }

        var holds = _time.Holds;
        var held = Enumerable.Range(0, 2).Select(_ => ConnectAsync("127.0.0.3", "guess")).ToList();
        await Eventually.HoldsAsync(() => _time.Holds >= holds + 2 || held.Any(h => h.IsCompleted), TimeSpan.FromSeconds(10), "the broker holds both answers back");
        Assert.Equal(MqttClientConnectResultCode.ServerBusy, await ConnectAsync("127.0.0.3", "guess").WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.All(held, h => Assert.False(h.IsCompleted));
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.All(await Task.WhenAll(held).WaitAsync(TimeSpan.FromSeconds(5)), code => Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, code));
    }

    private async Task<MqttClientConnectResultCode> ConnectAsync(string from, string password)
    {
        using var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithEndPoint(new IPEndPoint(IPAddress.Loopback, _port))
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId($"guess-{Guid.NewGuid():N}")
            .WithCredentials(Headset, password)
            .WithTimeout(TimeSpan.FromSeconds(30))
            .Build();
        ((MqttClientTcpOptions)options.ChannelOptions).LocalEndpoint = new IPEndPoint(IPAddress.Parse(from), 0);
        var result = await client.ConnectAsync(options, CancellationToken.None);
        if (client.IsConnected)
        {
            await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
        }

        return result.ResultCode;
    }
}
