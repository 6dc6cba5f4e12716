namespace KapImmersive.Core.Protocol;

/// <summary>
/// headset → console on .../events, QoS 1. <see cref="Id"/> is unique per event, so a console that receives an
/// event twice (resent after a reconnect) keeps it once.
/// </summary>
public sealed record EventMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public required string Id { get; init; }

    /// <summary>checkInAsked, checkInAnswered, checkInMissed, helpRequested, phaseChanged, headsetRemoved or headsetWorn.</summary>
    public required string Type { get; init; }

    public required DateTimeOffset At { get; init; }

    public string? CheckInId { get; init; }

    public string? Prompt { get; init; }

    public string? Answer { get; init; }

    public DateTimeOffset? AskedAt { get; init; }

    public string? Source { get; init; }

    public string? Phase { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    /// <summary>On headsetWorn: when the headset was taken off.</summary>
    public DateTimeOffset? RemovedAt { get; init; }
}
