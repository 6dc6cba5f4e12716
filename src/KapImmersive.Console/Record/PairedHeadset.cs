namespace KapImmersive.Console.Record;

/// <summary>
/// A headset paired from the dashboard: its pseudonymous id (also its broker user name), the name its card shows, its
/// broker password as a PBKDF2 hash only, who paired it and when, and who revoked it and when (null while it may connect).
/// </summary>
public sealed record PairedHeadset(string Id, string Name, string PasswordHash, DateTimeOffset PairedAt, string PairedBy)
{
    public DateTimeOffset? RevokedAt { get; init; }

    public string? RevokedBy { get; init; }
}
