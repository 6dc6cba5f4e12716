namespace KapImmersive.Core.Session;

public sealed record CommandAcknowledged(double At, string CommandId, CommandOutcome Outcome, string Reason) : SessionEvent(At);
