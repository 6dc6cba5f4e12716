using KapImmersive.Console.Record;

namespace KapImmersive.Console.Live;

/// <summary>What became of one clinician's command, as the card shows it.</summary>
public sealed record CommandReport(string HeadsetId, string CommandId, string Type, string Summary, string Outcome, string Reason, string Who,
    DateTimeOffset At, double Milliseconds)
{
    /// <summary>The outcome's line in the record.</summary>
    public string RecordText => $"{Summary}: {Outcome}: {Reason}";

    /// <summary>The report again from the record's command line and outcome line (another console sent it).</summary>
    public static CommandReport FromRecord(RecordEntry command, RecordEntry outcome)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(outcome);
        var prefix = $"{command.Text}: {outcome.Type}: ";
        var reason = outcome.Text.StartsWith(prefix, StringComparison.Ordinal) ? outcome.Text[prefix.Length..] : outcome.Text;
        return new CommandReport(command.HeadsetId, command.Reference ?? "", command.Type, command.Text, outcome.Type, reason, command.Who, outcome.At,
            outcome.Value ?? 0);
    }
}
