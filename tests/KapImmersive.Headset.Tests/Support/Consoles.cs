using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Headset.Tests.Support;

internal static class Consoles
{
    public static async Task<ConsoleLink> ConnectAsync(TestBroker broker)
    {
        var console = new ConsoleLink(new ConsoleLinkOptions { Link = broker.LinkFor(TestBroker.ConsoleUser), CommandTimeoutSeconds = 10 }, TimeProvider.System);
        await console.StartAsync(CancellationToken.None);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await console.WaitConnectedAsync(wait.Token);
        return console;
    }
}
