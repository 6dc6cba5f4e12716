namespace KapImmersive.Core.Session;

/// <summary>The patient asks for the clinician; accepted in every phase, always.</summary>
public sealed record RequestHelp(string Id, string Issuer, string Source) : SessionCommand(Id, Issuer);
