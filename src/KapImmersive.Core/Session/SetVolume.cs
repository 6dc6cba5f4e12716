namespace KapImmersive.Core.Session;

public sealed record SetVolume(string Id, string Issuer, double Level, double? Seconds = null) : SessionCommand(Id, Issuer);
