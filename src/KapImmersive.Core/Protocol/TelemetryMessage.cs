namespace KapImmersive.Core.Protocol;

/// <summary>headset, QoS 0 on .../telemetry every few seconds.</summary>
public sealed record TelemetryMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public DateTimeOffset At { get; init; }

    /// <summary>Head-motion activity, degrees per second averaged over the window: a restlessness signal.</summary>
    public double HeadMotion { get; init; }

    public double FrameMillisecondsP50 { get; init; }

    public double FrameMillisecondsP99 { get; init; }

    public long MissedFrames { get; init; }

    public long AudioUnderruns { get; init; }
}
