using KapImmersive.Messaging.Consoles;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Console.Presets;

/// <summary>
/// Publishes the presets once the console's link is up, again whenever the folders change (looked at every
/// <see cref="Interval"/>), and all of them again after every reconnect, since a broker that restarted without
/// persistence has forgotten its retained messages.
/// </summary>
public sealed class PresetPublishing(PresetLibrary library, ConsoleLink link, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var publishedOnConnection = -1;
        string? publishedSignature = null;
        using var ticks = new PeriodicTimer(Interval, time);
        try
        {
            await link.WaitConnectedAsync(stoppingToken);
            do
            {
                var connection = link.Connections;
                var signature = library.FolderSignature();
                if (link.IsConnected && (connection != publishedOnConnection || signature != publishedSignature)
                    && await library.SyncAsync(all: connection != publishedOnConnection, stoppingToken))
                {
                    (publishedOnConnection, publishedSignature) = (connection, signature);
                }
            }
            while (await ticks.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping with the host.
        }
    }
}
