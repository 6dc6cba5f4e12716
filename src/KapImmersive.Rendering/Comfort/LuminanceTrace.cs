namespace KapImmersive.Rendering.Comfort;

/// <summary>
/// The mean relative luminance of successive frames at a steady rate, and what it shows about flashing: the largest
/// change per second between frames and the most WCAG 2.3.1 swings within any one second.
/// </summary>
public sealed class LuminanceTrace(double framesPerSecond)
{
    private readonly List<double> _levels = [];

    public double FramesPerSecond { get; } = framesPerSecond;

    public IReadOnlyList<double> Levels => _levels;

    public void Add(double meanLuminance) => _levels.Add(meanLuminance);

    public double MaxChangePerSecond()
    {
        var most = 0.0;
        for (var i = 1; i < _levels.Count; i++)
        {
            most = Math.Max(most, Math.Abs(_levels[i] - _levels[i - 1]) * FramesPerSecond);
        }

        return most;
    }

    /// <summary>
    /// Counts swings in the busiest second: a swing is a move of at least the threshold away from the last turning
    /// point (the highest level of a rise, the lowest of a fall), in the other direction.
    /// </summary>
    public int MaxSwingsInAnySecond()
    {
        var swingFrames = new List<int>();
        var anchor = _levels.Count > 0 ? _levels[0] : 0;
        var direction = 0;
        for (var i = 1; i < _levels.Count; i++)
        {
            var level = _levels[i];
            if (direction != 0 && Math.Sign(level - anchor) == direction)
            {
                anchor = level;
            }
            else if (Math.Abs(level - anchor) >= ComfortLimits.SwingThreshold)
            {
                direction = Math.Sign(level - anchor);
                anchor = level;
                swingFrames.Add(i);
            }
        }

        var most = 0;
        var window = (int)Math.Round(FramesPerSecond);
        for (int first = 0, last = 0; last < swingFrames.Count; last++)
        {
            while (swingFrames[last] - swingFrames[first] >= window)
            {
                first++;
            }

            most = Math.Max(most, last - first + 1);
        }

        return most;
    }

    public bool IsComfortable(out string problems)
    {
        var change = MaxChangePerSecond();
        var swings = MaxSwingsInAnySecond();
        problems = "";
        if (change > ComfortLimits.MaxMeanLuminanceChangePerSecond)
        {
            problems += $"mean luminance changed at {change:0.####}/s (limit {ComfortLimits.MaxMeanLuminanceChangePerSecond}/s). ";
        }

        if (swings > ComfortLimits.MaxSwingsPerSecond)
        {
            problems += $"{swings} luminance swings within one second (limit {ComfortLimits.MaxSwingsPerSecond}).";
        }

        return problems.Length == 0;
    }
}
