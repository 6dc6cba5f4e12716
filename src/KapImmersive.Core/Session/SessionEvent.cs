namespace KapImmersive.Core.Session;

/// <summary>What the session tells the outside world; the headset publishes these to the console.</summary>
public abstract record SessionEvent(double At);

public sealed record CommandAcknowledged(double At, string CommandId, CommandOutcome Outcome, string Reason) : SessionEvent(At);

public sealed record CheckInAsked(double At, string CheckInId, string Prompt) : SessionEvent(At);

public sealed record CheckInAnswered(double At, string CheckInId, CheckInAnswer Answer, double AskedAt) : SessionEvent(At);

public sealed record CheckInMissed(double At, string CheckInId, double AskedAt) : SessionEvent(At);

public sealed record HelpRequested(double At, string Source, SessionPhase Phase) : SessionEvent(At);

public sealed record PhaseChanged(double At, SessionPhase From, SessionPhase To) : SessionEvent(At);
