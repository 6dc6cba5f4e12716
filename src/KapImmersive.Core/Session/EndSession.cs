namespace KapImmersive.Core.Session;

/// <summary>Brings the patient back: light lifts, music fades, then the session ends.</summary>
public sealed record EndSession(string Id, string Issuer, double? ReturnSeconds = null) : SessionCommand(Id, Issuer);
