using KapImmersive.Messaging.Broker;

namespace KapImmersive.Messaging.Tests.Broker;

public sealed class AccessTests
{
    private static readonly BrokerUser Headset = new() { Name = "h1", Role = BrokerRole.Headset };
    private static readonly BrokerUser Console = new() { Name = "clinic", Role = BrokerRole.Console };

    [Theory]
    [InlineData("kap/v1/headsets/h1/events", true)]
    [InlineData("kap/v1/headsets/h1/presence", true)]
    [InlineData("kap/v1/headsets/h2/commands", false)]
    [InlineData("kap/v1/headsets/h10/state", false)]
    [InlineData("kap/v1/headsets/h1", false)]
    [InlineData("kap/v1/headsets/h1/#", false)]
    [InlineData("kap/v1/presets/calm", false)]
    public void A_headset_publishes_only_under_its_own_id(string topic, bool allowed) =>
        Assert.Equal(allowed, TopicAccess.MayPublish(Headset, topic));

    [Theory]
    [InlineData("kap/v1/headsets/h1/commands", true)]
    [InlineData("kap/v1/headsets/h1/#", true)]
    [InlineData("kap/v1/headsets/+/commands", false)]
    [InlineData("kap/v1/#", false)]
    [InlineData("#", false)]
    public void A_headset_subscribes_only_under_its_own_id(string filter, bool allowed) =>
        Assert.Equal(allowed, TopicAccess.MaySubscribe(Headset, filter));

    [Theory]
    [InlineData("kap/v1/presets/+", true)]
    [InlineData("kap/v1/presets/#", true)]
    [InlineData("kap/v1/presets/dusk-meadow", true)]
    [InlineData("kap/v1/presets/", false)]
    [InlineData("kap/v1/presetsx/+", false)]
    [InlineData("kap/v1/+/dusk-meadow", false)]
    public void A_headset_reads_the_presets_the_console_publishes(string filter, bool allowed) =>
        Assert.Equal(allowed, TopicAccess.MaySubscribe(Headset, filter));

    [Theory]
    [InlineData("kap/v1/presets/dusk-meadow")]
    [InlineData("kap/v1/presets/h1")]
    public void A_headset_never_writes_a_preset(string topic) => Assert.False(TopicAccess.MayPublish(Headset, topic));

    [Theory]
    [InlineData("kap/v1/headsets/+/+", true)]
    [InlineData("kap/v1/headsets/h7/commands", true)]
    [InlineData("#", false)]
    [InlineData("$SYS/broker/clients", false)]
    public void A_console_user_reaches_every_headset_and_nothing_outside_the_protocol(string filter, bool allowed) =>
        Assert.Equal(allowed, TopicAccess.MaySubscribe(Console, filter));

    [Fact]
    public void A_password_hash_verifies_only_its_password_and_never_contains_it()
    {
        var hash = PasswordHash.Create("correct horse", iterations: 1_000);

        Assert.True(PasswordHash.Verify("correct horse", hash));
        Assert.False(PasswordHash.Verify("correct horse ", hash));
        Assert.False(PasswordHash.Verify(null, hash));
        Assert.False(PasswordHash.Verify("correct horse", "pbkdf2-sha256$1000$bad"));
        Assert.DoesNotContain("horse", hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, PasswordHash.Create("correct horse", iterations: 1_000));
    }

    [Fact]
    public void Broker_options_name_every_problem()
    {
        var options = new BrokerOptions
        {
            Address = "everywhere",
            Users = [new BrokerUser { Name = "Dr Lee", PasswordHash = "secret" }, new BrokerUser { Name = "h1", PasswordHash = PasswordHash.Create("x", 1_000) }],
        };

        var problems = options.Problems().ToList();

        Assert.Contains(problems, p => p.Contains("'everywhere' is not an IP address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Dr Lee' is not a valid user name", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'Dr Lee' has no valid PasswordHash", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("'h1'", StringComparison.Ordinal));
    }
}
