using System.Collections.Immutable;
using System.Globalization;

namespace KapImmersive.Core.Breathing;

/// <summary>A named, repeating sequence of breath stages.</summary>
public sealed record BreathingPattern
{
    public BreathingPattern(string name, ImmutableArray<BreathStep> steps)
    {
        if (steps.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A breathing pattern needs at least one step.", nameof(steps));
        }

        Name = name;
        Steps = steps;
        CycleSeconds = steps.Sum(s => s.Seconds);
    }

    public string Name { get; }

    public ImmutableArray<BreathStep> Steps { get; }

    public double CycleSeconds { get; }

    public double BreathsPerMinute => 60.0 / CycleSeconds;

    /// <summary>Builds a pattern from the "in-hold-out[-hold]" notation therapists use, e.g. "4-7-8" or "4-4-4-4".</summary>
    public static BreathingPattern FromCounts(string name, double inhale, double holdIn, double exhale, double holdOut)
    {
        var steps = ImmutableArray.CreateBuilder<BreathStep>(4);
        steps.Add(new BreathStep(BreathStage.Inhale, inhale));
        if (holdIn > 0)
        {
            steps.Add(new BreathStep(BreathStage.HoldIn, holdIn));
        }

        steps.Add(new BreathStep(BreathStage.Exhale, exhale));
        if (holdOut > 0)
        {
            steps.Add(new BreathStep(BreathStage.HoldOut, holdOut));
        }

        return new BreathingPattern(name, steps.ToImmutable());
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name} ({BreathsPerMinute:0.##}/min)");
}
