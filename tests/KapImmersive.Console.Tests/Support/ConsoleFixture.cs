namespace KapImmersive.Console.Tests.Support;

/// <summary>One console (embedded broker, record, one headset account "room-a") shared by a test class's tests.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    internal ConsoleRig Console { get; private set; } = null!;

    public async Task InitializeAsync() => Console = await ConsoleRig.StartAsync(["room-a"]);

    public async Task DisposeAsync() => await Console.DisposeAsync();
}
