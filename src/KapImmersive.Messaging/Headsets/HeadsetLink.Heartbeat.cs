using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// The presence heartbeat. The broker's Last Will comes only after 1.5 keep-alives of silence, and on Mosquitto 2.0
/// seconds later still (it checks keep-alives every five seconds), so consoles watch these instead: "online" again
/// every quarter keep-alive, best effort, never retained (the retained presence stays as it is).
/// </summary>
public sealed partial class HeadsetLink
{
    private Task _heartbeat = Task.CompletedTask;

    private async Task HeartbeatLoopAsync(CancellationToken cancellationToken)
    {
        var period = TimeSpan.FromSeconds(_options.Link.KeepAliveSeconds / PresenceMessage.HeartbeatsPerKeepAlive);
        using var timer = new PeriodicTimer(period, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                PublishMomentary(Topics.Presence(HeadsetId), Presence(PresenceMessage.Online));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the goodbye publishes the retained offline presence.
        }
    }
}
