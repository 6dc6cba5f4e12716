namespace KapImmersive.Core.Session;

public sealed record RequestCheckIn(string Id, string Issuer, string? Prompt = null, double? TimeoutSeconds = null) : SessionCommand(Id, Issuer);
