namespace KapImmersive.Messaging.Consoles;

/// <summary>
/// Presence from silence: a headset that dies without disconnecting shows offline within one keep-alive and a check,
/// well inside the 1.5 keep-alives after which the broker's Last Will would say so (later still on Mosquitto).
/// </summary>
public sealed partial class ConsoleLink
{
    private static readonly TimeSpan LivenessCheckPeriod = TimeSpan.FromMilliseconds(100);

    private ITimer? _livenessChecks;

    private void StartLivenessChecks() => _livenessChecks = _time.CreateTimer(_ => CheckLiveness(), null, LivenessCheckPeriod, LivenessCheckPeriod);

    private void CheckLiveness()
    {
        // While the console itself is cut off, silence says nothing about the headsets.
        if (!_connection.IsReady)
        {
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var view in _headsets.Values)
        {
            if (view.GoOfflineIfSilent(now) is { } offline)
            {
                _notices.Writer.TryWrite(new ConsoleNotice(view.HeadsetId, now) { Presence = offline, PresenceFromSilence = true });
            }
        }
    }

    /// <summary>After the console's own reconnect every headset gets a fresh keep-alive to be heard in.</summary>
    private void RestartSilenceClocks()
    {
        var now = _time.GetUtcNow();
        foreach (var view in _headsets.Values)
        {
            view.Heard(now);
        }
    }
}
