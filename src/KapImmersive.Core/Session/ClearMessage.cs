namespace KapImmersive.Core.Session;

public sealed record ClearMessage(string Id, string Issuer) : SessionCommand(Id, Issuer);
