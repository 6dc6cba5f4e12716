namespace KapImmersive.Core.Safety;

/// <summary>
/// Turns a requested change into a ramp that can never move faster than one full range per
/// <c>fullRangeSeconds</c>, even at the steepest point of its curve or when a new request
/// interrupts one under way (each ramp starts from the current value, at rest).
/// </summary>
public static class RampPlanner
{
    public static PlannedRamp Plan(Ramp current, double now, double requestedTarget, double? requestedSeconds,
        double fullRangeSeconds, double lowest, double highest)
    {
        var target = Math.Clamp(requestedTarget, lowest, highest);
        var capped = target != requestedTarget;
        var from = current.ValueAt(now);
        var shortest = ShortestSeconds(from, target, fullRangeSeconds);
        var seconds = requestedSeconds ?? shortest;
        var slowed = seconds < shortest;
        if (slowed)
        {
            seconds = shortest;
        }

        return new PlannedRamp(new Ramp(from, target, now, seconds), slowed, capped, requestedTarget);
    }

    /// <summary>The shortest ramp from one value to another whose steepest slope keeps within the rate bound.</summary>
    public static double ShortestSeconds(double from, double to, double fullRangeSeconds) =>
        Math.Abs(to - from) * fullRangeSeconds * Ramp.PeakSlopeFactor;
}
