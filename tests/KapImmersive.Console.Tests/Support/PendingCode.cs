namespace KapImmersive.Console.Tests.Support;

/// <summary>POST /api/pairings's answer.</summary>
internal sealed record PendingCode(string HeadsetId, string Name, string Code, DateTimeOffset ExpiresAt, string HeadsetPage);
