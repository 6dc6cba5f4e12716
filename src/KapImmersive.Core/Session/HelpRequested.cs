namespace KapImmersive.Core.Session;

public sealed record HelpRequested(double At, string Source, SessionPhase Phase) : SessionEvent(At);
