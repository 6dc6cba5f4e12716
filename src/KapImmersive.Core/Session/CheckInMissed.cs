namespace KapImmersive.Core.Session;

public sealed record CheckInMissed(double At, string CheckInId, double AskedAt) : SessionEvent(At);
