using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Consoles;

/// <summary>What became of one command: the headset's outcome and reason, or timed out; and how long it took.</summary>
public sealed record CommandResult(string? CommandId, CommandOutcome Outcome, string Reason, long Sequence, TimeSpan Elapsed)
{
    public CommandDecider DecidedBy { get; init; } = CommandDecider.Headset;
}
