namespace KapImmersive.Core.Session;

/// <summary>Deepen (towards 1) or lift (towards 0) the eye-mask darkening, over at least the safe time.</summary>
public sealed record SetDarkness(string Id, string Issuer, double Level, double? Seconds = null) : SessionCommand(Id, Issuer);
