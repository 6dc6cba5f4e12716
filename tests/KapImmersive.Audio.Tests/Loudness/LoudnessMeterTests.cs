using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Tests.Support;

namespace KapImmersive.Audio.Tests.Loudness;

/// <summary>The meter against the EBU Tech 3341 (loudness) and Tech 3342 (range) cases, the signals made here.</summary>
public sealed class LoudnessMeterTests
{
    private static LoudnessReport Measure(float[] samples)
    {
        var meter = new LoudnessMeter();
        meter.Add(samples);
        return meter.Report();
    }

    [Theory]
    [InlineData(-23)]
    [InlineData(-33)]
    public void Tech3341_cases_1_and_2_a_stereo_1kHz_sine_reads_its_level_momentary_short_term_and_integrated(double dbfs)
    {
        var meter = new LoudnessMeter();
        meter.Add(Signals.Sine(1000, dbfs, 20));
        var report = meter.Report();
        Assert.InRange(report.IntegratedLufs, dbfs - 0.1, dbfs + 0.1);
        Assert.InRange(meter.MomentaryLufs, dbfs - 0.1, dbfs + 0.1);
        Assert.InRange(meter.ShortTermLufs, dbfs - 0.1, dbfs + 0.1);
    }

    [Fact]
    public void Tech3341_case_3_relative_gate_ignores_the_quiet_ends() =>
        Assert.InRange(Measure(Signals.Steps((-36, 10), (-23, 60), (-36, 10))).IntegratedLufs, -23.1, -22.9);

    [Fact]
    public void Tech3341_case_4_absolute_and_relative_gates_together() =>
        Assert.InRange(Measure(Signals.Steps((-72, 10), (-36, 10), (-23, 60), (-36, 10), (-72, 10))).IntegratedLufs, -23.1, -22.9);

    [Fact]
    public void Tech3341_case_5_gating_with_a_louder_middle() =>
        Assert.InRange(Measure(Signals.Steps((-26, 20), (-20, 20.1), (-26, 20))).IntegratedLufs, -23.1, -22.9);

    [Fact]
    public void Tech3341_case_9_short_term_of_alternating_bursts_holds_at_minus_23()
    {
        var bursts = Enumerable.Repeat(0, 20).SelectMany(_ => Signals.Steps((-20, 1.34), (-30, 1.66))).ToArray();
        var meter = new LoudnessMeter();
        meter.Add(bursts);
        for (var last = 30; last < meter.SubBlockPowers.Count; last++)
        {
            Assert.InRange(meter.Window(last, 30), -23.1, -22.9);
        }
    }

    [Theory]
    [InlineData(-20, -30, 10)]
    [InlineData(-20, -15, 5)]
    [InlineData(-40, -20, 20)]
    public void Tech3342_loudness_range_of_two_levels(double first, double second, double expected) =>
        Assert.InRange(Measure(Signals.Steps((first, 20), (second, 20))).LoudnessRangeLu, expected - 1, expected + 1);

    [Fact]
    public void Tech3342_case_4_loudness_range_of_five_levels() =>
        Assert.InRange(Measure(Signals.Steps((-50, 20), (-35, 20), (-20, 20), (-35, 20), (-50, 20))).LoudnessRangeLu, 14, 16);

    [Theory]
    [InlineData(12000, 0)]
    [InlineData(12000, 45)]
    [InlineData(8000, 60)]
    [InlineData(6000, 67.5)]
    public void Tech3341_true_peak_cases_find_the_peak_between_samples(double frequency, double phase)
    {
        // Faded in over 20 ms: an abrupt start is a real overshoot between samples, not what these cases test.
        var report = Measure(Signals.Sine(frequency, -6, 1, phase, fadeSeconds: 0.02));
        Assert.InRange(report.TruePeakDbtp, -6 - 0.4, -6 + 0.2);
    }

    [Fact]
    public void Maximum_short_term_and_momentary_follow_the_loudest_stretch()
    {
        var report = Measure(Signals.Steps((-30, 10), (-20, 10), (-30, 10)));
        Assert.InRange(report.MaxShortTermLufs, -20.1, -19.9);
        Assert.InRange(report.MaxMomentaryLufs, -20.1, -19.9);
    }
}
