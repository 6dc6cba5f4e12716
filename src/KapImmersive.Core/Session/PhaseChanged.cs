namespace KapImmersive.Core.Session;

public sealed record PhaseChanged(double At, SessionPhase From, SessionPhase To) : SessionEvent(At);
