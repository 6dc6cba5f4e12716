using KapImmersive.Audio.Tests.Mixing;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Generative;

public sealed class PresetSwitchTests
{
    [Fact]
    public void Switching_presets_crossfades_their_music_without_an_edge()
    {
        var samples = SessionRender.Samples(Presets.Named("dusk-meadow"), 70, SessionRender.FullVolume(),
            new TimedCommand(30, new LoadPreset("switch", "clinician", "night-sky")));
        var steady = VolumeRampTests.MaxStep(samples[(int)(AudioFormat.FramesOf(15) * 2)..(int)(AudioFormat.FramesOf(30) * 2)]);
        var switching = VolumeRampTests.MaxStep(samples[(int)(AudioFormat.FramesOf(30) * 2)..]);
        Assert.True(switching <= steady * 1.5, $"largest step while switching {switching:0.00000}, steady {steady:0.00000}");

        var envelope = Signals.RmsEnvelope(samples, AudioFormat.SampleRate);
        for (var second = 31; second < 60; second++)
        {
            var change = 20 * Math.Log10(envelope[second] / envelope[second - 1]);
            Assert.InRange(change, -3, 3);
        }
    }
}
