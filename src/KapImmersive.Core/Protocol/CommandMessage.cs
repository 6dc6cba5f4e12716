namespace KapImmersive.Core.Protocol;

/// <summary>console → headset on .../commands, QoS 1.</summary>
public sealed record CommandMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public required string Id { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public required string Issuer { get; init; }

    public required string Type { get; init; }

    public CommandArgs Args { get; init; } = new();
}
