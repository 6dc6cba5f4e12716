using KapImmersive.Core.Breathing;

namespace KapImmersive.Core.Tests.Breathing;

public sealed class BreathClockTests
{
    public static TheoryData<string, double[]> Patterns => new()
    {
        { "coherent", [60 / 5.5 / 2, 0, 60 / 5.5 / 2, 0] },
        { "box", [4, 4, 4, 4] },
        { "4-7-8", [4, 7, 8, 0] },
        { "extended-exhale", [4, 0, 6, 0] },
        { "3-1-5-2", [3, 1, 5, 2] },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Each_stage_begins_and_ends_exactly_where_the_pattern_says(string name, double[] counts)
    {
        Assert.True(BreathingPatterns.TryParse(name, out var pattern, out var error), error);
        Assert.Equal(counts.Sum(), pattern.CycleSeconds, 9);

        var stages = new[] { BreathStage.Inhale, BreathStage.HoldIn, BreathStage.Exhale, BreathStage.HoldOut };
        const double start = 12.5;
        for (var cycle = 0; cycle < 50; cycle++)
        {
            var t = start + (cycle * pattern.CycleSeconds);
            for (var i = 0; i < 4; i++)
            {
                if (counts[i] <= 0)
                {
                    continue;
                }

                var inside = BreathClock.At(pattern, start, t + (counts[i] / 2));
                Assert.Equal(stages[i], inside.Stage);
                Assert.Equal(0.5, inside.Progress, 6);
                Assert.Equal(cycle, inside.Cycle);
                Assert.Equal(stages[i], BreathClock.At(pattern, start, t + 0.001).Stage);
                Assert.Equal(stages[i], BreathClock.At(pattern, start, t + counts[i] - 0.001).Stage);
                t += counts[i];
            }
        }
    }

    [Fact]
    public void Coherent_breathing_is_five_and_a_half_breaths_a_minute()
    {
        Assert.Equal(5.5, BreathingPatterns.Coherent.BreathsPerMinute, 9);
    }

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Fullness_rises_on_inhale_holds_and_falls_on_exhale_without_jumps(string name, double[] counts)
    {
        Assert.True(BreathingPatterns.TryParse(name, out var pattern, out _));
        var previous = BreathClock.At(pattern, 0, 0);
        Assert.Equal(0, previous.Fullness, 9);
        const double dt = 1.0 / 90;
        for (var t = dt; t < pattern.CycleSeconds * 3; t += dt)
        {
            var now = BreathClock.At(pattern, 0, t);
            var step = now.Fullness - previous.Fullness;
            Assert.True(Math.Abs(step) <= Math.PI / 2 * dt / Math.Min(counts[0], counts[2]) + 1e-9, $"fullness jumped by {step} at {t:0.000} s");
            switch (now.Stage)
            {
                case BreathStage.Inhale when previous.Stage == now.Stage: Assert.True(step >= -1e-12); break;
                case BreathStage.Exhale when previous.Stage == now.Stage: Assert.True(step <= 1e-12); break;
                case BreathStage.HoldIn: Assert.Equal(1, now.Fullness, 9); break;
                case BreathStage.HoldOut: Assert.Equal(0, now.Fullness, 9); break;
            }

            previous = now;
        }
    }

    [Theory]
    [InlineData("panic", "is not a breathing pattern")]
    [InlineData("1-0-1", "at least 2 s")]
    [InlineData("4-30-8", "between 0 and 20 s")]
    [InlineData("4-x-8", "'x' is not a number")]
    [InlineData("", "no breathing pattern given")]
    public void Unusable_patterns_are_refused_with_a_reason(string text, string expected)
    {
        Assert.False(BreathingPatterns.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
