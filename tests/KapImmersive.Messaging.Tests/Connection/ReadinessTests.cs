using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests.Connection;

/// <summary>Waiting for a link is safe from any thread at any moment: no waiter is left behind by a failed attempt.</summary>
[Collection(BrokersGroup.Name)]
public sealed class ReadinessTests(BrokersFixture brokers)
{
    [Fact]
    public async Task Whoever_waits_while_the_broker_is_down_is_let_through_as_soon_as_it_comes_up()
    {
        await using var broker = new EmbeddedTestBroker(brokers.Credentials, brokers.Certificates);
        await using var link = await HeadsetRig.StartAsync(Links.For(broker, "h10"), "h10", brokers.NewFolder("h10"), waitConnected: false);
        await Task.Delay(300);

        // Each failed attempt used to replace the task these waiters hold; a waiter must come through all the same.
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var waiters = Enumerable.Range(0, 8).Select(_ => Task.Run(() => link.Link.WaitConnectedAsync(wait.Token))).ToList();
        await Task.Delay(1_500);
        Assert.All(waiters, w => Assert.False(w.IsCompleted));
        Assert.False(link.Link.IsConnected);

        await broker.StartAsync(CancellationToken.None);

        await Task.WhenAll(waiters);
        Assert.True(link.Link.IsConnected);
    }
}
