namespace KapImmersive.Core.Session;

public sealed record CheckInAsked(double At, string CheckInId, string Prompt) : SessionEvent(At);
