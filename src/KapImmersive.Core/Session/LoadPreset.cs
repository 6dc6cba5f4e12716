namespace KapImmersive.Core.Session;

public sealed record LoadPreset(string Id, string Issuer, string PresetId) : SessionCommand(Id, Issuer);
