namespace KapImmersive.Core.Protocol;

/// <summary>
/// console → headset on .../recorded, QoS 1: these events are committed to the console's record. Until an event is
/// named here the headset keeps it and sends it again now and then, so no broker queue limit, restart or session
/// resumption between the two can lose it. Sent again for an event the record already had (a resend).
/// </summary>
public sealed record RecordedMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public required IReadOnlyList<string> EventIds { get; init; }

    public DateTimeOffset At { get; init; }
}
