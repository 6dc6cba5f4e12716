namespace KapImmersive.Rendering.Comfort;

/// <summary>What "no flashing, slow motion only" means in numbers, for the checks over rendered frames.</summary>
public static class ComfortLimits
{
    /// <summary>
    /// The fastest the picture's mean relative luminance may change, per second. The darkness ramp's steepest slope
    /// (1.5 x full range over at least 8 s) over the brightest preset stays well under it.
    /// </summary>
    public const double MaxMeanLuminanceChangePerSecond = 0.03;

    /// <summary>WCAG 2.3.1: a swing is a change of relative luminance of 10% of full scale or more, against the last.</summary>
    public const double SwingThreshold = 0.1;

    /// <summary>Never more than three swings in any one second (WCAG allows three flashes, each two swings).</summary>
    public const int MaxSwingsPerSecond = 3;

    /// <summary>Stars turn no faster than Core's drift bound (3 degrees a minute).</summary>
    public const double MaxStarDegreesPerSecond = 0.05;

    /// <summary>A mote crosses the view no faster than this, seen from the seated head.</summary>
    public const double MaxMoteDegreesPerSecond = 12;
}
