namespace KapImmersive.Core.Protocol;

/// <summary>Maps the session's seconds (Core's time) to wall-clock instants on the wire.</summary>
public readonly record struct SessionClock(DateTimeOffset Epoch)
{
    public DateTimeOffset ToWall(double sessionSeconds) => Epoch + TimeSpan.FromSeconds(sessionSeconds);

    public double ToSession(DateTimeOffset instant) => (instant - Epoch).TotalSeconds;
}
