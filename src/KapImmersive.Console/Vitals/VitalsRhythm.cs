namespace KapImmersive.Console.Vitals;

/// <summary>
/// The KAP monitoring rhythm: blood pressure and heart rate at set minutes after dosing starts. A reading taken up to
/// <see cref="Early"/> before a time counts for it; the next time without one is the one due.
/// </summary>
public static class VitalsRhythm
{
    public static readonly TimeSpan Early = TimeSpan.FromMinutes(5);

    public static DateTimeOffset? NextDue(DateTimeOffset? start, IReadOnlyList<double> minutes, IReadOnlyCollection<DateTimeOffset> readings)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(readings);
        if (start is not { } begun)
        {
            return null;
        }

        var taken = readings.Order().ToList();
        var used = 0;
        foreach (var due in minutes.Order().Select(m => begun + TimeSpan.FromMinutes(m)))
        {
            while (used < taken.Count && taken[used] < due - Early)
            {
                used++;
            }

            if (used >= taken.Count)
            {
                return due;
            }

            used++;
        }

        return null;
    }
}
