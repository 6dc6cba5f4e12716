using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Consoles;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Live;

/// <summary>
/// What the console link hands over before it acknowledges a headset's report: events, vitals and telemetry go into
/// the record (committed before this returns), previews onto the dashboard. A record that cannot commit throws, so
/// the link leaves the message unacknowledged and the broker delivers it again; the record keeps each event id once.
/// An unreadable report is logged and acknowledged: delivering it again would not make it readable.
/// </summary>
public sealed class ConsoleRecorder(EventIntake intake, HeadsetBoard board, ILogger<ConsoleRecorder> log) : IReportRecorder
{
    public Task RecordAsync(HeadsetReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        var payload = report.Payload.Span;
        string? error = null;
        switch (report.Channel)
        {
            case Channels.Events when MessageReader.TryRead(payload, ProtocolJsonContext.Default.EventMessage, out var evt, out error):
                intake.TakeEvent(report.HeadsetId, evt);
                break;
            case Channels.Vitals when MessageReader.TryRead(payload, ProtocolJsonContext.Default.VitalsMessage, out var vitals, out error):
                intake.TakeVitals(report.HeadsetId, vitals, vitals.Source ?? "sensor", fromBroker: true);
                break;
            case Channels.Telemetry when MessageReader.TryRead(payload, ProtocolJsonContext.Default.TelemetryMessage, out var telemetry, out error):
                intake.TakeTelemetry(report.HeadsetId, telemetry);
                break;
            case Channels.Preview:
                board.SetPreview(report.HeadsetId, report.Payload.ToArray());
                break;
        }

        if (error is not null)
        {
            log.HeadsetProblem(report.HeadsetId, $"unreadable {report.Channel}: {error}");
        }

        return Task.CompletedTask;
    }
}
