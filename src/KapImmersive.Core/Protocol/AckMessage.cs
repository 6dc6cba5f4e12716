namespace KapImmersive.Core.Protocol;

/// <summary>headset → console on .../acks, QoS 1: the outcome of one command.</summary>
public sealed record AckMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    /// <summary>The command's id, or null when the payload was too broken to carry one.</summary>
    public string? CommandId { get; init; }

    /// <summary>applied, slowed, capped or rejected.</summary>
    public required string Outcome { get; init; }

    public required string Reason { get; init; }

    /// <summary>The state sequence number after the command.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset At { get; init; }
}
