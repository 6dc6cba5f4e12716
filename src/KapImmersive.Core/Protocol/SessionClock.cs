namespace KapImmersive.Core.Protocol;

/// <summary>
/// Maps the session's seconds (Core's time) to wall-clock instants on the wire. A headset has exactly one: the link,
/// the log and telemetry all stamp with it, so an ack is never dated before the command that caused it.
/// </summary>
public sealed record SessionClock(DateTimeOffset Epoch)
{
    public DateTimeOffset ToWall(double sessionSeconds) => Epoch + TimeSpan.FromSeconds(sessionSeconds);

    public double ToSession(DateTimeOffset instant) => (instant - Epoch).TotalSeconds;
}
