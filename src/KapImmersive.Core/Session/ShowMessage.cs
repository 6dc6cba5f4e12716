namespace KapImmersive.Core.Session;

public sealed record ShowMessage(string Id, string Issuer, string Text, double? Seconds = null) : SessionCommand(Id, Issuer);
