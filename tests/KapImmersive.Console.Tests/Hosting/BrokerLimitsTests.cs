using System.Diagnostics;
using KapImmersive.Console.Tests.Support;
using MQTTnet;

namespace KapImmersive.Console.Tests.Hosting;

/// <summary>
/// The broker's limits per address hold over WebSockets as over TCP. Each test has a console of its own, since the
/// limits count every connection from 127.0.0.1, the only address a WebSocket client here can come from.
/// </summary>
public sealed class BrokerLimitsTests
{
    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task Wrong_passwords_beyond_the_free_ones_are_answered_late_and_the_right_one_at_once(Transport transport)
    {
        await using var console = await BrokerRulesFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Kap:Broker:WrongPasswordsBeforeDelay"] = "1",
            ["Kap:Broker:WrongPasswordDelaySeconds"] = "1",
            ["Kap:Broker:MaxWrongPasswordDelaySeconds"] = "1",
        });

        var free = await TimedAsync(console, transport, "guess");
        var held = await TimedAsync(console, transport, "guess");
        var right = await TimedAsync(console, transport, BrokerUsers.PasswordOf("h-tcp"));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, free.Code);
        Assert.True(free.Took < TimeSpan.FromSeconds(0.8), $"the free wrong password took {free.Took.TotalSeconds:0.00} s");
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, held.Code);
        Assert.True(held.Took >= TimeSpan.FromSeconds(0.95), $"the held-back wrong password took only {held.Took.TotalSeconds:0.00} s");
        Assert.Equal(MqttClientConnectResultCode.Success, right.Code);
        Assert.True(right.Took < TimeSpan.FromSeconds(0.8), $"the right password took {right.Took.TotalSeconds:0.00} s");
    }

    [Theory]
    [InlineData(Transport.Tcp)]
    [InlineData(Transport.WebSocket)]
    public async Task A_flood_of_connections_from_one_address_is_refused_past_the_burst(Transport transport)
    {
        await using var console = await BrokerRulesFixture.StartAsync(new Dictionary<string, string?>
        {
            ["Kap:Broker:ConnectionsPerSecond"] = "1",
            ["Kap:Broker:ConnectionBurst"] = "3",
        });

        var codes = new List<MqttClientConnectResultCode>();
        for (var i = 0; i < 8; i++)
        {
            await using var client = await MqttTestClient.ConnectAsync(console, transport, "h-tcp", BrokerUsers.PasswordOf("h-tcp"));
            codes.Add(client.Result.ResultCode);
        }

        Assert.Contains(MqttClientConnectResultCode.ConnectionRateExceeded, codes);
        Assert.All(codes, c => Assert.Contains(c, new[] { MqttClientConnectResultCode.Success, MqttClientConnectResultCode.ConnectionRateExceeded }));
        Assert.InRange(codes.Count(c => c == MqttClientConnectResultCode.Success), 1, 5);
    }

    private static async Task<(MqttClientConnectResultCode Code, TimeSpan Took)> TimedAsync(ConsoleRig console, Transport transport, string password)
    {
        var watch = Stopwatch.StartNew();
        await using var client = await MqttTestClient.ConnectAsync(console, transport, "h-tcp", password);
        return (client.Result.ResultCode, watch.Elapsed);
    }
}
