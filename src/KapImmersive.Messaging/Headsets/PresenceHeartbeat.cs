using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// The presence heartbeat. The broker's Last Will comes only after 1.5 keep-alives of silence, and on Mosquitto 2.0
/// seconds later still (it checks keep-alives every five seconds), so consoles watch these instead: "online" again
/// every quarter keep-alive, best effort, never retained (the retained presence stays as it is).
/// </summary>
/// <remarks>Threading: one loop of its own; it only hands messages to <see cref="MomentaryPublisher"/>.</remarks>
internal sealed class PresenceHeartbeat(TimeSpan period, Func<string, byte[]> presence, string topic, MomentaryPublisher publisher, TimeProvider time)
{
    public async Task RunAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                publisher.Publish(topic, presence(PresenceMessage.Online));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: the goodbye publishes the retained offline presence.
        }
    }
}
