namespace KapImmersive.Messaging.Consoles;

/// <summary>
/// Where a console keeps what headsets report (events, vitals, telemetry, previews). The console link awaits
/// <see cref="RecordAsync"/> before it acknowledges the message to the broker, so whatever it acknowledged is kept;
/// an exception leaves the message unacknowledged, the link reconnects and the broker delivers it again. It may be
/// called again for a message it already kept (a redelivery, a headset's resend) and must keep it once.
/// </summary>
public interface IReportRecorder
{
    /// <summary>Returns once the report is durable; throws when it could not be kept. Called one message at a time.</summary>
    Task RecordAsync(HeadsetReport report, CancellationToken cancellationToken);
}
