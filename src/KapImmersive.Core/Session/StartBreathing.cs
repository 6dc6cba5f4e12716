namespace KapImmersive.Core.Session;

/// <summary>Starts breathing guidance; a null pattern uses the preset's.</summary>
public sealed record StartBreathing(string Id, string Issuer, string? Pattern = null) : SessionCommand(Id, Issuer);
