namespace KapImmersive.Core.Session;

public sealed record SetPhase(string Id, string Issuer, SessionPhase Phase) : SessionCommand(Id, Issuer);
