using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Messaging.Tests.Connection;

/// <summary>Closing a link must never fail because the broker went first: apps stop in any order.</summary>
[Collection(BrokersGroup.Name)]
public sealed class GoodbyeTests(BrokersFixture brokers)
{
    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    public async Task Links_close_quietly_when_the_network_to_the_broker_just_vanished(BrokerKind kind)
    {
        var broker = brokers[kind];
        for (var round = 0; round < 10; round++)
        {
            var proxy = new FreezableProxy(broker.Port);
            var console = await Links.ConsoleAsync(broker, port: proxy.Port);
            var headset = await HeadsetRig.StartAsync(Links.For(broker, "h1", port: proxy.Port), "h1", brokers.NewFolder("h1"));

            await proxy.DisposeAsync();
            var closing = await Record.ExceptionAsync(async () =>
            {
                await headset.DisposeAsync();
                await console.DisposeAsync();
            });

            Assert.Null(closing);
            Assert.False(headset.Link.IsConnected || console.IsConnected, "both links are closed");
        }
    }
}
