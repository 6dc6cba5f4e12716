namespace KapImmersive.Core.Session;

/// <summary>What one command's handling decided: the state after it, the ack, and at most one further event.</summary>
public readonly record struct Decision(SessionState State, CommandOutcome Outcome, string Reason, SessionEvent? Event = null)
{
    public static Decision Reject(SessionState state, string reason) => new(state, CommandOutcome.Rejected, reason);

    public static Decision Apply(SessionState state, string reason, SessionEvent? evt = null) =>
        new(state, CommandOutcome.Applied, reason, evt);
}
