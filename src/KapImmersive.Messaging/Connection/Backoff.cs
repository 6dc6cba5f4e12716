namespace KapImmersive.Messaging.Connection;

/// <summary>
/// Capped exponential backoff with jitter: each failed attempt doubles the wait up to the cap, and the wait is drawn
/// from its upper half so a clinic's headsets do not all reconnect in the same instant after a broker restart.
/// </summary>
public sealed class Backoff(TimeSpan first, TimeSpan cap, Random random)
{
    private int _failures;

    public TimeSpan Next()
    {
        var exponent = Math.Min(_failures++, 30);
        var ceiling = Math.Min(cap.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (random.NextDouble() * 0.5)));
    }

    public void Reset() => _failures = 0;
}
