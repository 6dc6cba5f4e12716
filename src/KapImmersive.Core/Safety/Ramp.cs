namespace KapImmersive.Core.Safety;

/// <summary>
/// A value moving from <see cref="From"/> to <see cref="To"/> along a smoothstep curve that starts and ends at rest.
/// Times are seconds on the session clock.
/// </summary>
public readonly record struct Ramp(double From, double To, double StartsAt, double Seconds)
{
    /// <summary>The smoothstep curve's steepest slope relative to a straight line over the same time.</summary>
    public const double PeakSlopeFactor = 1.5;

    public static Ramp Steady(double value) => new(value, value, 0, 0);

    public double EndsAt => StartsAt + Seconds;

    public double Target => To;

    public bool IsMovingAt(double now) => From != To && now < EndsAt;

    public double ValueAt(double now)
    {
        if (Seconds <= 0 || now >= EndsAt)
        {
            return To;
        }

        if (now <= StartsAt)
        {
            return From;
        }

        var u = (now - StartsAt) / Seconds;
        return From + ((To - From) * u * u * (3 - (2 * u)));
    }
}
