using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Tests.Support;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace KapImmersive.Messaging.Tests.Broker;

/// <summary>The embedded broker's accounts change while it runs: a paired headset's added, a revoked one's removed at once.</summary>
public sealed class AccountsTests
{
    private readonly int _port = FreePort.Next();

    [Fact]
    public async Task An_account_added_while_running_connects_and_one_removed_is_closed_at_once_and_refused_after()
    {
        await using var broker = await StartAsync();
        broker.AddUser(User("hs-new", "new-password"));
        using var client = new MqttClientFactory().CreateMqttClient();
        var disconnected = new TaskCompletionSource<MqttClientDisconnectReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.DisconnectedAsync += e =>
        {
            disconnected.TrySetResult(e.Reason);
            return Task.CompletedTask;
        };
        Assert.Equal(MqttClientConnectResultCode.Success, (await client.ConnectAsync(Options("hs-new", "new-password", "kap-headset-hs-new"))).ResultCode);

        Assert.Equal(1, await broker.RemoveUserAsync("hs-new", CancellationToken.None));

        Assert.Equal(MqttClientDisconnectReason.NotAuthorized, await disconnected.Task.WaitAsync(TimeSpan.FromSeconds(2)));
        Assert.False(broker.HasUser("hs-new"));
        using var again = new MqttClientFactory().CreateMqttClient();
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, (await again.ConnectAsync(Options("hs-new", "new-password", "kap-headset-hs-new"))).ResultCode);
    }

    [Fact]
    public async Task A_removed_accounts_session_is_gone_so_nothing_waits_for_it()
    {
        await using var broker = await StartAsync();
        broker.AddUser(User("hs-away", "away-password"));
        using (var headset = new MqttClientFactory().CreateMqttClient())
        {
            await headset.ConnectAsync(Options("hs-away", "away-password", "kap-headset-hs-away", persistent: true));
            await headset.SubscribeAsync(Topics.Commands("hs-away"), MqttQualityOfServiceLevel.AtLeastOnce);
            await headset.DisconnectAsync();
        }

        await broker.RemoveUserAsync("hs-away", CancellationToken.None);

        // Paired anew under the same name, it starts with no session: nothing queued for the revoked account reaches it.
        broker.AddUser(User("hs-away", "second-password"));
        using var again = new MqttClientFactory().CreateMqttClient();
        var resumed = await again.ConnectAsync(Options("hs-away", "second-password", "kap-headset-hs-away", persistent: true));
        Assert.Equal(MqttClientConnectResultCode.Success, resumed.ResultCode);
        Assert.False(resumed.IsSessionPresent);
    }

    [Fact]
    public async Task A_client_id_naming_another_accounts_session_is_refused_so_no_headset_speaks_for_another()
    {
        await using var broker = await StartAsync();
        broker.AddUser(User("hs-owner", "owner-password"));
        broker.AddUser(User("hs-other", "other-password"));
        using (var owner = new MqttClientFactory().CreateMqttClient())
        {
            await owner.ConnectAsync(Options("hs-owner", "owner-password", "kap-headset-hs-owner", persistent: true));
            await owner.DisconnectAsync();
        }

        using var impostor = new MqttClientFactory().CreateMqttClient();
        var taken = await impostor.ConnectAsync(Options("hs-other", "other-password", "kap-headset-hs-owner", persistent: true));
        Assert.Equal(MqttClientConnectResultCode.NotAuthorized, taken.ResultCode);

        using var back = new MqttClientFactory().CreateMqttClient();
        var resumed = await back.ConnectAsync(Options("hs-owner", "owner-password", "kap-headset-hs-owner", persistent: true));
        Assert.Equal(MqttClientConnectResultCode.Success, resumed.ResultCode);
        Assert.True(resumed.IsSessionPresent);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, (await back.PublishStringAsync(Topics.Events("hs-other"), "{}", MqttQualityOfServiceLevel.AtLeastOnce)).ReasonCode);
    }

    [Fact]
    public async Task An_account_needs_a_valid_name_a_real_hash_and_a_name_of_its_own()
    {
        await using var broker = await StartAsync();
        Assert.Throws<ArgumentException>(() => broker.AddUser(User("fixed", "another-password")));
        Assert.Throws<ArgumentException>(() => broker.AddUser(new BrokerUser { Name = "Room 2", Role = BrokerRole.Headset, PasswordHash = PasswordHash.Create("x", 1_000) }));
        Assert.Throws<ArgumentException>(() => broker.AddUser(new BrokerUser { Name = "hs-plain", Role = BrokerRole.Headset, PasswordHash = "plain" }));
    }

    private async Task<KapBroker> StartAsync()
    {
        var broker = new KapBroker(new BrokerOptions { Port = _port, Users = [User("fixed", "fixed-password")] }, TimeProvider.System);
        await broker.StartAsync(CancellationToken.None);
        return broker;
    }

    private static BrokerUser User(string name, string password) =>
        new() { Name = name, Role = BrokerRole.Headset, PasswordHash = PasswordHash.Create(password, 1_000) };

    private MqttClientOptions Options(string user, string password, string clientId, bool persistent = false) => new MqttClientOptionsBuilder()
        .WithTcpServer("127.0.0.1", _port)
        .WithProtocolVersion(MqttProtocolVersion.V500)
        .WithClientId(clientId)
        .WithCredentials(user, password)
        .WithCleanStart(!persistent)
        .WithSessionExpiryInterval(persistent ? 3600u : 0u)
        .WithTimeout(TimeSpan.FromSeconds(5))
        .Build();
}
