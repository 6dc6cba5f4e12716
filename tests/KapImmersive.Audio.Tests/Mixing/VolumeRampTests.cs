using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Mixing;

/// <summary>
/// The music replaced by a steady 1 kHz tone, so the rendered envelope is the master gain itself: a clinician's jump
/// to full volume must come out as a ramp no faster than the safety bound, never above the ceiling, without a click.
/// </summary>
public sealed class VolumeRampTests : IDisposable
{
    private const int WindowFrames = 480;
    private readonly Fixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public void A_scripted_jump_to_full_volume_plays_as_a_ramp_within_the_safety_bound_and_never_above_the_ceiling()
    {
        var tone = _fixtures.Wav("tone.wav", 48000, 1, 90, 1000, 0.25);
        var preset = TestPresets.PlayingFiles(Presets.Named("warm-room"), 8, tone);
        var limits = SafetyLimitsForPreset.Of(preset);
        var samples = SessionRender.Samples(preset, 40,
            new TimedCommand(15, new SetVolume("down", "clinician", 0.1, 0)),
            new TimedCommand(25, new SetVolume("jump", "clinician", 1, 0)));

        // At the ceiling the tone sits at the preset's loudness target: that fixes its amplitude.
        var ceilingAmplitude = KWeighting.SineAmplitudeFor(preset.Music.LoudnessTarget, 1000);
        var envelope = Signals.RmsEnvelope(samples, WindowFrames).Select(rms => rms * Math.Sqrt(2) / ceilingAmplitude).ToArray();
        var fastestVolumePerSecond = 1 / limits.VolumeFullRangeSeconds;
        var windowSeconds = WindowFrames / (double)AudioFormat.SampleRate;
        for (var w = 1; w < envelope.Length; w++)
        {
            var volumePerSecond = Math.Abs(envelope[w] - envelope[w - 1]) * limits.VolumeCeiling / windowSeconds;
            Assert.True(volumePerSecond <= fastestVolumePerSecond * 1.02,
                $"at {w * windowSeconds:0.00} s the volume moved {volumePerSecond:0.000}/s; the bound is {fastestVolumePerSecond:0.000}/s");
        }

        Assert.InRange(envelope[^1], 0.99, 1.01);
        Assert.True(samples.Max(Math.Abs) <= ceilingAmplitude * 1.001, "a sample went above the ceiling's level");
        Assert.InRange(envelope[(int)(24.9 / windowSeconds)], 0.1 / limits.VolumeCeiling * 0.98, 0.1 / limits.VolumeCeiling * 1.02);
    }

    [Fact]
    public void Gain_changes_never_click_the_largest_sample_step_stays_that_of_the_tone_at_full_level()
    {
        var tone = _fixtures.Wav("tone.wav", 48000, 1, 60, 1000, 0.25);
        var preset = TestPresets.PlayingFiles(Presets.Named("dusk-meadow"), 8, tone);
        var samples = SessionRender.Samples(preset, 30,
            new TimedCommand(5, new SetVolume("up", "clinician", 1, 0)),
            new TimedCommand(12, new SetVolume("down", "clinician", 0, 0)),
            new TimedCommand(13, new SetVolume("up-again", "clinician", 0.6, 2)),
            new TimedCommand(20, new SetPhase("return", "clinician", SessionPhase.Return)));

        var ceilingAmplitude = KWeighting.SineAmplitudeFor(preset.Music.LoudnessTarget, 1000);
        var largestNaturalStep = 2 * ceilingAmplitude * Math.Sin(Math.PI * 1000 / AudioFormat.SampleRate);
        Assert.True(MaxStep(samples) <= largestNaturalStep * 1.01, $"largest step {MaxStep(samples):0.00000} > {largestNaturalStep:0.00000}");
    }

    internal static double MaxStep(float[] interleaved)
    {
        var max = 0.0;
        for (var i = 2; i < interleaved.Length; i++)
        {
            max = Math.Max(max, Math.Abs(interleaved[i] - interleaved[i - 2]));
        }

        return max;
    }
}
