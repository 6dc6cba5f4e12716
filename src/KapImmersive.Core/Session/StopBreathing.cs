namespace KapImmersive.Core.Session;

public sealed record StopBreathing(string Id, string Issuer) : SessionCommand(Id, Issuer);
