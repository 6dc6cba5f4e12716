using KapImmersive.Console.Record;

namespace KapImmersive.Console.Live;

/// <summary>Raises alerts (recorded first, then pushed to every browser) and records who acknowledged them.</summary>
public sealed class AlertDesk(SessionRecord record, DashboardHub hub, TimeProvider time)
{
    /// <summary>The headset's link dropped while its session was under way.</summary>
    public const string LinkLost = "linkLost";

    /// <summary>The patient answered a check-in "not okay".</summary>
    public const string NotOkay = "notOkay";

    public OpenAlert Raise(string headsetId, string type, string text, string? reference)
    {
        var at = time.GetUtcNow();
        var alert = new OpenAlert(record.RaiseAlert(headsetId, type, text, at, reference), headsetId, type, text, at);
        Announce(alert);
        return alert;
    }

    /// <summary>Shows an alert the record already holds on every dashboard.</summary>
    public void Announce(OpenAlert alert) => hub.Broadcast("alert", alert);

    public bool IsOpen(string headsetId, string type) =>
        record.OpenAlerts().Any(a => string.Equals(a.HeadsetId, headsetId, StringComparison.Ordinal) && string.Equals(a.Type, type, StringComparison.Ordinal));

    public bool Acknowledge(long alertId, string who)
    {
        if (!record.Acknowledge(alertId, who, time.GetUtcNow()))
        {
            return false;
        }

        hub.Broadcast("alertCleared", new { id = alertId, by = who });
        return true;
    }

    public IReadOnlyList<OpenAlert> Open() => record.OpenAlerts();
}
