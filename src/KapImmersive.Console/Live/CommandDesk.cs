using KapImmersive.Console.Record;
using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Console.Live;

/// <summary>
/// Sends a clinician's command: records it, sends it, waits for its outcome (applied, slowed, capped, rejected or timed
/// out), records that with who sent it, and shows it on the headset's card.
/// </summary>
public sealed class CommandDesk(ConsoleLink link, SessionRecord record, HeadsetBoard board, DashboardHub hub, TimeProvider time)
{
    public async Task<CommandReport> SendAsync(string headsetId, CommandRequest request, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var commandId = $"c-{Guid.NewGuid():N}";
        var issuer = $"console:{who}";
        var valid = CommandFactory.TryCreate(request, commandId, issuer, out var command, out var summary);
        var started = time.GetTimestamp();
        record.Add(new NewEntry(headsetId, time.GetUtcNow(), EntryKinds.Command, request.Type, who, valid ? summary : request.Type) { Reference = commandId });
        CommandReport report;
        var decidedBy = CommandDecider.Console;
        if (!valid || command is null)
        {
            report = Report(headsetId, commandId, request.Type, request.Type, "rejected", summary, who, started);
        }
        else
        {
            var result = await link.SendAsync(headsetId, command, cancellationToken);
            decidedBy = result.DecidedBy;
            report = Report(headsetId, commandId, request.Type, summary, ProtocolNames.Of(result.Outcome), result.Reason, who, started);
        }

        record.Add(new NewEntry(headsetId, report.At, EntryKinds.Outcome, report.Outcome, Decider(decidedBy), $"{report.Summary}: {report.Outcome}: {report.Reason}")
        {
            Reference = commandId,
            Value = report.Milliseconds,
        });
        board.Update(headsetId, c => c with { LastOutcome = report });
        hub.Broadcast("outcome", report);
        return report;
    }

    /// <summary>The record's "who" for an outcome: whoever decided it, not always the headset.</summary>
    private static string Decider(CommandDecider decider) => decider switch
    {
        CommandDecider.Broker => "broker",
        CommandDecider.Console => "console",
        _ => "headset",
    };

    private CommandReport Report(string headsetId, string id, string type, string summary, string outcome, string reason, string who, long started) =>
        new(headsetId, id, type, summary, outcome, reason, who, time.GetUtcNow(), time.GetElapsedTime(started).TotalMilliseconds);
}
