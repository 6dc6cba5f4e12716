using KapImmersive.Messaging.Consoles;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Console.Hosting;

/// <summary>
/// Registered before the embedded broker, so it stops after it: waits until the console link has seen the broker go,
/// so that disposing the link later does not write a goodbye to a closed socket (Messaging's LinkConnection lets that
/// exception out of DisposeAsync).
/// </summary>
internal sealed class ConsoleLinkSettling(ConsoleLink link, TimeProvider time) : IHostedService
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (link.IsConnected && time.GetElapsedTime(started) < Patience && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), time, CancellationToken.None);
        }
    }
}
