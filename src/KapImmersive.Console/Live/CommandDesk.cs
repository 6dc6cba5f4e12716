using KapImmersive.Console.Record;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Consoles;

namespace KapImmersive.Console.Live;

/// <summary>
/// Sends a clinician's command: records it, sends it, waits for its outcome (applied, slowed, capped, rejected or timed
/// out), records that with who decided it, and shows it on the headset's card.
/// </summary>
public sealed class CommandDesk(ConsoleLink link, SessionRecord record, HeadsetBoard board, DashboardHub hub, CommandCatalogue catalogue, TimeProvider time)
{
    /// <summary>Sends a command the <see cref="CommandFactory"/> made (checked, with its id and issuer).</summary>
    public async Task<CommandReport> SendAsync(string headsetId, SessionCommand command, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var entry = catalogue.Find(command) ?? throw new ArgumentException($"{command.GetType().Name} is not in the command catalogue", nameof(command));
        var summary = entry.Summarize(command);
        var started = time.GetTimestamp();
        record.Add(new NewEntry(headsetId, time.GetUtcNow(), EntryKinds.Command, entry.Name, who, summary) { Reference = command.Id });
        var result = await link.SendAsync(headsetId, command, cancellationToken);
        var report = new CommandReport(headsetId, command.Id, entry.Name, summary, ProtocolNames.Of(result.Outcome), result.Reason, who,
            time.GetUtcNow(), time.GetElapsedTime(started).TotalMilliseconds);
        record.Add(new NewEntry(headsetId, report.At, EntryKinds.Outcome, report.Outcome, Decider(result.DecidedBy), report.RecordText)
        {
            Reference = command.Id,
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
}
