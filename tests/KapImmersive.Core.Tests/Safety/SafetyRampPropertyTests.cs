using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Safety;

/// <summary>
/// Thousands of random command sequences (fixed seeds, so a failure repeats) must never make light or sound
/// change faster than the safety bound, nor take volume above the ceiling or darkness outside its range.
/// </summary>
public sealed class SafetyRampPropertyTests
{
    private const double SampleSeconds = 0.1;
    private const int Sequences = 2000;

    [Fact]
    public void No_command_sequence_moves_light_or_sound_faster_than_the_bound_or_past_the_ceiling()
    {
        var preset = TestPresets.Calm(ceiling: 0.6, darknessMin: 0.1, darknessMax: 0.9, darknessSeconds: 8, volumeSeconds: 4);
        var reducer = new SessionReducer(TestPresets.Catalog(preset));
        var limits = SafetyLimitsForPreset.Of(preset);
        for (var seed = 0; seed < Sequences; seed++)
        {
            var random = new Random(seed);
            var state = SessionReducer.Start(preset, 0);
            var commands = RandomTimeline(random, [preset.Id]);
            var (maxDarknessStep, maxVolumeStep) = Walk(reducer, ref state, commands, (t, s) =>
            {
                var volume = s.Volume.ValueAt(t);
                var darkness = s.Darkness.ValueAt(t);
                Assert.True(volume <= limits.VolumeCeiling + 1e-9, $"seed {seed}: volume {volume} above ceiling at {t:0.00} s");
                Assert.True(darkness >= limits.DarknessMin - 1e-9 && darkness <= limits.DarknessMax + 1e-9, $"seed {seed}: darkness {darkness} out of range at {t:0.00} s");
            });
            Assert.True(maxDarknessStep <= (limits.MaxDarknessRate * SampleSeconds) + 1e-9, $"seed {seed}: darkness moved {maxDarknessStep} in {SampleSeconds} s");
            Assert.True(maxVolumeStep <= (limits.MaxVolumeRate * SampleSeconds) + 1e-9, $"seed {seed}: volume moved {maxVolumeStep} in {SampleSeconds} s");
        }
    }

    [Fact]
    public void Switching_presets_never_speeds_changes_past_the_fixed_bounds_and_settles_under_the_new_ceiling()
    {
        var loud = TestPresets.Calm("loud", ceiling: 1, darknessSeconds: 8, volumeSeconds: 4);
        var quiet = TestPresets.Calm("quiet", ceiling: 0.3, darknessMin: 0.2, darknessMax: 0.7, darknessSeconds: 20, volumeSeconds: 10);
        var reducer = new SessionReducer(TestPresets.Catalog(loud, quiet));
        for (var seed = 0; seed < Sequences; seed++)
        {
            var random = new Random(1_000_000 + seed);
            var state = SessionReducer.Start(loud, 0);
            var (maxDarknessStep, maxVolumeStep) = Walk(reducer, ref state, RandomTimeline(random, ["loud", "quiet"]), (_, _) => { });
            Assert.True(maxDarknessStep <= (SampleSeconds / SafetyBounds.MinDarknessFullRangeSeconds) + 1e-9, $"seed {seed}: darkness moved {maxDarknessStep}");
            Assert.True(maxVolumeStep <= (SampleSeconds / SafetyBounds.MinVolumeFullRangeSeconds) + 1e-9, $"seed {seed}: volume moved {maxVolumeStep}");

            var settled = Math.Max(state.Volume.EndsAt, state.Darkness.EndsAt) + 1;
            Assert.True(state.Volume.ValueAt(settled) <= state.Limits.VolumeCeiling + 1e-9, $"seed {seed}: volume stays above the new ceiling");
        }
    }

    [Fact]
    public void A_full_range_change_takes_at_least_the_minimum_even_when_asked_for_instantly()
    {
        var preset = TestPresets.Calm(darknessSeconds: 8);
        var reducer = new SessionReducer(TestPresets.Catalog(preset));
        var state = reducer.Apply(SessionReducer.Start(preset, 0), new SetDarkness("a", "c", 0, 0), 0).State;
        state = reducer.Apply(state, new SetDarkness("b", "c", 1, 0), 100).State;
        var reachedFull = Enumerable.Range(0, 100_000).Select(i => 100 + (i * 0.001)).First(t => state.Darkness.ValueAt(t) >= 1);
        Assert.True(reachedFull - 100 >= 8, $"full range took {reachedFull - 100:0.000} s");
    }

    private static List<TimedCommand> RandomTimeline(Random random, string[] presetIds)
    {
        var timeline = new List<TimedCommand>();
        var t = 0.0;
        for (var i = 0; i < 25; i++)
        {
            t += random.NextDouble() < 0.3 ? random.NextDouble() * 0.5 : random.NextDouble() * 20;
            var id = $"cmd-{i}";
            double? seconds = random.Next(4) switch { 0 => null, 1 => 0, 2 => random.NextDouble(), _ => random.NextDouble() * 30 };
            SessionCommand command = random.Next(10) switch
            {
                < 3 => new SetDarkness(id, "c", RandomLevel(random), seconds),
                < 6 => new SetVolume(id, "c", RandomLevel(random), seconds),
                6 => new LoadPreset(id, "c", presetIds[random.Next(presetIds.Length)]),
                7 => new SetPhase(id, "c", (SessionPhase)random.Next(5)),
                8 => new EndSession(id, "c", random.NextDouble() * 60),
                _ => new RequestHelp(id, "patient", "button"),
            };
            timeline.Add(new TimedCommand(t, command));
        }

        return timeline;
    }

    private static double RandomLevel(Random random) => random.Next(6) switch
    {
        0 => 0,
        1 => 1,
        2 => 1.5,
        3 => -0.5,
        _ => random.NextDouble(),
    };

    private static (double Darkness, double Volume) Walk(SessionReducer reducer, ref SessionState state, List<TimedCommand> timeline,
        Action<double, SessionState> check)
    {
        var end = timeline[^1].At + 100;
        var next = 0;
        double maxDarkness = 0, maxVolume = 0;
        var previousDarkness = state.Darkness.ValueAt(0);
        var previousVolume = state.Volume.ValueAt(0);
        for (var t = SampleSeconds; t <= end; t += SampleSeconds)
        {
            while (next < timeline.Count && timeline[next].At <= t)
            {
                state = reducer.Apply(state, timeline[next].Command, timeline[next].At).State;
                next++;
            }

            state = SessionReducer.Advance(state, t).State;
            var darkness = state.Darkness.ValueAt(t);
            var volume = state.Volume.ValueAt(t);
            maxDarkness = Math.Max(maxDarkness, Math.Abs(darkness - previousDarkness));
            maxVolume = Math.Max(maxVolume, Math.Abs(volume - previousVolume));
            check(t, state);
            previousDarkness = darkness;
            previousVolume = volume;
        }

        return (maxDarkness, maxVolume);
    }
}
