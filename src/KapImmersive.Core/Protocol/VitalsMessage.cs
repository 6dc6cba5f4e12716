namespace KapImmersive.Core.Protocol;

/// <summary>any sensor bridge → console, QoS 1 on .../vitals.</summary>
public sealed record VitalsMessage
{
    public int V { get; init; } = ProtocolLimits.Version;

    public DateTimeOffset At { get; init; }

    public double? HeartRate { get; init; }

    public double? Systolic { get; init; }

    public double? Diastolic { get; init; }

    public double? OxygenSaturation { get; init; }

    public string? Source { get; init; }
}
