namespace KapImmersive.Console.Pairing;

/// <summary>A headset about to be paired: the id it will have, the name its card will show, its one-time code and when that expires.</summary>
public sealed record PendingPairing(string HeadsetId, string Name, string Code, DateTimeOffset ExpiresAt, string CreatedBy);
