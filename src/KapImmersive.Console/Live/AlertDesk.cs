using KapImmersive.Console.Record;

namespace KapImmersive.Console.Live;

/// <summary>Raises alerts (recorded first, then pushed to every browser) and records who acknowledged them.</summary>
public sealed class AlertDesk(SessionRecord record, DashboardHub hub, TimeProvider time)
{
    /// <summary>The headset's link dropped while its session was under way.</summary>
    public const string LinkLost = "linkLost";

    /// <summary>The patient answered a check-in "not okay".</summary>
    public const string NotOkay = "notOkay";

    /// <summary>
    /// Records the alert and shows it; with <paramref name="oneOpenAtATime"/>, null when the headset already has one of
    /// this type open (another console sharing the record may have raised it a moment before).
    /// </summary>
    public OpenAlert? Raise(string headsetId, string type, string text, string? reference, bool oneOpenAtATime = false)
    {
        var alert = record.RaiseAlert(headsetId, type, text, time.GetUtcNow(), reference, oneOpenAtATime);
        if (alert is not null)
        {
            Announce(alert);
        }

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

        Cleared(alertId, who);
        return true;
    }

    /// <summary>Takes an alert off every dashboard of this console, saying who acknowledged it.</summary>
    public void Cleared(long alertId, string who) => hub.Broadcast("alertCleared", new { id = alertId, by = who });

    public IReadOnlyList<OpenAlert> Open() => record.OpenAlerts();
}
