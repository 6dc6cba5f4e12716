using KapImmersive.Rendering.Comfort;

namespace KapImmersive.Rendering.Tests.Comfort;

public sealed class LuminanceTraceTests
{
    [Fact]
    public void A_slow_fade_is_comfortable()
    {
        var trace = new LuminanceTrace(10);
        for (var i = 0; i <= 200; i++)
        {
            trace.Add(0.2 * (1 - (i / 200.0)));
        }

        Assert.True(trace.IsComfortable(out var problems), problems);
        Assert.Equal(1, trace.MaxSwingsInAnySecond());
    }

    [Fact]
    public void Flashing_four_times_a_second_is_refused_as_too_many_swings()
    {
        var trace = new LuminanceTrace(30);
        for (var i = 0; i < 60; i++)
        {
            trace.Add(i / 4 % 2 == 0 ? 0.05 : 0.3);
        }

        Assert.False(trace.IsComfortable(out var problems));
        Assert.Contains("swings", problems, StringComparison.Ordinal);
        Assert.True(trace.MaxSwingsInAnySecond() > ComfortLimits.MaxSwingsPerSecond);
    }

    [Fact]
    public void Small_flicker_under_the_WCAG_threshold_is_no_swing_but_a_sudden_step_is_too_fast()
    {
        var trace = new LuminanceTrace(10);
        for (var i = 0; i < 30; i++)
        {
            trace.Add(0.1 + (i % 2 * 0.05));
        }

        Assert.Equal(0, trace.MaxSwingsInAnySecond());
        Assert.False(trace.IsComfortable(out var problems));
        Assert.Contains("mean luminance changed", problems, StringComparison.Ordinal);
    }
}
