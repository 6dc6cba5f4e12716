using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Mixing;

public sealed class PromptChimeTests
{
    [Fact]
    public void A_check_in_rings_one_soft_chime_that_swells_in_and_stays_below_the_bed()
    {
        var preset = TestPresets.CueOnly(Presets.Named("warm-room"));
        var samples = SessionRender.Samples(preset, 30, SessionRender.FullVolume(),
            new TimedCommand(15, new RequestCheckIn("check", "clinician", null, 120)));
        var envelope = Signals.RmsEnvelope(samples, 480);

        Assert.All(envelope[..1490], level => Assert.Equal(0, level));
        var peakAt = Array.IndexOf(envelope, envelope.Max());
        Assert.InRange((peakAt - 1500) * 0.01, 0.25, 0.6);
        // Soft, not struck: from a tenth to nine tenths of its peak takes well over a tenth of a second.
        var tenth = Array.FindIndex(envelope, level => level >= 0.1 * envelope[peakAt]);
        var nineTenths = Array.FindIndex(envelope, level => level >= 0.9 * envelope[peakAt]);
        Assert.True((nineTenths - tenth) * 0.01 >= 0.15, $"the chime rose in {(nineTenths - tenth) * 10} ms");

        var meter = new LoudnessMeter();
        meter.Add(samples);
        Assert.True(meter.Report().MaxMomentaryLufs <= preset.Music.LoudnessTarget - PromptChimeBus.LevelBelowBedDb + 1,
            $"chime at {meter.Report().MaxMomentaryLufs:0.0} LUFS");
    }
}
