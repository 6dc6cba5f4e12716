using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Breathing;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Mixing;

/// <summary>The breathing cue alone (no music), its envelope measured from the rendered audio.</summary>
public sealed class BreathingCueTests
{
    /// <summary>15 periods of C4 (261.63 Hz) are 2752.0 samples, so the envelope has no ripple from the tone itself.</summary>
    private const int EnvelopeWindow = 2752;
    private const int StepFrames = 48;

    public static TheoryData<string> Patterns => [.. BreathingPatterns.BuiltIn.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Patterns))]
    public void The_cue_envelope_keeps_the_patterns_period_within_10_ms_over_10_minutes(string name)
    {
        var pattern = BreathingPatterns.BuiltIn[name];
        var preset = TestPresets.CueOnly(Presets.Named("warm-room"));
        using var mixer = SessionRender.Mixer(preset, new TimedCommand(0, new StartBreathing("breathe", "clinician", name)));
        var left = new float[AudioFormat.FramesOf(600)];
        var chunk = new float[AudioFormat.SampleRate * 2];
        for (var offset = 0; offset < left.Length; offset += AudioFormat.SampleRate)
        {
            mixer.Read(chunk);
            for (var i = 0; i < AudioFormat.SampleRate; i++)
            {
                left[offset + i] = chunk[2 * i];
            }
        }

        var (times, envelope) = Envelope(left);
        var threshold = envelope.Max() / 2;
        var rising = new List<double>();
        for (var i = 1; i < envelope.Length; i++)
        {
            if (envelope[i - 1] < threshold && envelope[i] >= threshold && times[i] > 30)
            {
                var fraction = (threshold - envelope[i - 1]) / (envelope[i] - envelope[i - 1]);
                rising.Add(times[i - 1] + (fraction * (times[i] - times[i - 1])));
            }
        }

        Assert.True(rising.Count >= 20, $"only {rising.Count} breaths found");
        for (var k = 1; k < rising.Count; k++)
        {
            Assert.InRange(rising[k] - rising[k - 1], pattern.CycleSeconds - 0.010, pattern.CycleSeconds + 0.010);
        }

        var span = rising[^1] - rising[0];
        Assert.InRange(span, ((rising.Count - 1) * pattern.CycleSeconds) - 0.010, ((rising.Count - 1) * pattern.CycleSeconds) + 0.010);
    }

    [Fact]
    public void At_full_cue_level_and_full_volume_the_cue_is_never_louder_than_the_beds_target()
    {
        var preset = TestPresets.CueOnly(Presets.Named("dusk-meadow"), cueLevel: 1);
        var meter = new LoudnessMeter();
        meter.Add(SessionRender.Samples(preset, 90, SessionRender.FullVolume(), new TimedCommand(0, new StartBreathing("b", "c", "4-7-8"))));
        var loudest = meter.Report().MaxMomentaryLufs;
        Assert.InRange(loudest, preset.Music.LoudnessTarget - 3, preset.Music.LoudnessTarget + BreathCueBus.MaxLevelAboveBedDb + 0.2);
    }

    [Fact]
    public void Without_breathing_guidance_the_cue_is_silent()
    {
        var preset = TestPresets.CueOnly(Presets.Named("dusk-meadow"), cueLevel: 1);
        Assert.All(SessionRender.Samples(preset, 20, SessionRender.FullVolume()), s => Assert.Equal(0f, s));
    }

    private static (double[] Times, double[] Envelope) Envelope(float[] mono)
    {
        var prefix = new double[mono.Length + 1];
        for (var i = 0; i < mono.Length; i++)
        {
            prefix[i + 1] = prefix[i] + ((double)mono[i] * mono[i]);
        }

        var count = (mono.Length - EnvelopeWindow) / StepFrames;
        var times = new double[count];
        var envelope = new double[count];
        for (var j = 0; j < count; j++)
        {
            var start = j * StepFrames;
            envelope[j] = Math.Sqrt((prefix[start + EnvelopeWindow] - prefix[start]) / EnvelopeWindow);
            times[j] = (start + (EnvelopeWindow / 2.0)) / AudioFormat.SampleRate;
        }

        return (times, envelope);
    }
}
