namespace KapImmersive.Core.Protocol;

/// <summary>headset, retained on .../presence; the same topic carries the offline Last Will.</summary>
public sealed record PresenceMessage
{
    public const string Online = "online";

    public const string Offline = "offline";

    public int V { get; init; } = ProtocolLimits.Version;

    public required string Status { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? Software { get; init; }
}
