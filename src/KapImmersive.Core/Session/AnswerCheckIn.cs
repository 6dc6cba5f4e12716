namespace KapImmersive.Core.Session;

public sealed record AnswerCheckIn(string Id, string Issuer, string CheckInId, CheckInAnswer Answer) : SessionCommand(Id, Issuer);
