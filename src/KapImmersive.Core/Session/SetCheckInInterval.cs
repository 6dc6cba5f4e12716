namespace KapImmersive.Core.Session;

/// <summary>Sets minutes between automatic check-ins in the dosing phase; 0 turns them off.</summary>
public sealed record SetCheckInInterval(string Id, string Issuer, double Minutes) : SessionCommand(Id, Issuer);
