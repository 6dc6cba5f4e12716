namespace KapImmersive.Core.Session;

public sealed record CheckInAnswered(double At, string CheckInId, CheckInAnswer Answer, double AskedAt) : SessionEvent(At);
