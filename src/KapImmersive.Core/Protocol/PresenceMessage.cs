namespace KapImmersive.Core.Protocol;

/// <summary>
/// headset, retained on .../presence; the same topic carries the offline Last Will. While connected the headset also
/// repeats "online" every <see cref="HeartbeatsPerKeepAlive"/>th of its keep-alive, QoS 0 and not retained, so a console
/// that hears nothing from it for a whole keep-alive may take it as gone before the broker's Will arrives.
/// </summary>
public sealed record PresenceMessage
{
    public const string Online = "online";

    public const string Offline = "offline";

    public const int HeartbeatsPerKeepAlive = 4;

    public int V { get; init; } = ProtocolLimits.Version;

    public required string Status { get; init; }

    public DateTimeOffset? At { get; init; }

    public string? Software { get; init; }

    /// <summary>The headset's MQTT keep-alive; absent from publishers that send no heartbeat.</summary>
    public double? KeepAliveSeconds { get; init; }
}
