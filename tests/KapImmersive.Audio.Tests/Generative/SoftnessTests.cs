using KapImmersive.Audio.Generative;
using KapImmersive.Audio.Tests.Mixing;
using KapImmersive.Audio.Tests.Support;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Generative;

/// <summary>Every preset's generated music is soft by construction: no transient, no edge at a phase change.</summary>
public sealed class SoftnessTests
{
    [Theory]
    [MemberData(nameof(Presets.Ids), MemberType = typeof(Presets))]
    public void No_window_of_the_music_has_a_peak_above_the_crest_factor_bound(string id)
    {
        var samples = SessionRender.Samples(Presets.Named(id), 150, SessionRender.FullVolume());
        var window = AudioFormat.FramesOf(3) * 2;
        for (var start = AudioFormat.FramesOf(15) * 2; start + window <= samples.Length; start += window)
        {
            var part = samples.AsSpan((int)start, (int)window);
            var sum = 0.0;
            var peak = 0f;
            foreach (var s in part)
            {
                sum += s * s;
                peak = Math.Max(peak, Math.Abs(s));
            }

            var crestDb = 20 * Math.Log10(peak / Math.Sqrt(sum / part.Length));
            Assert.True(crestDb <= SoftnessBounds.MaxCrestFactorDb, $"{id} at {start / 2.0 / AudioFormat.SampleRate:0} s: crest {crestDb:0.0} dB");
        }
    }

    [Theory]
    [MemberData(nameof(Presets.Ids), MemberType = typeof(Presets))]
    public void Phase_changes_crossfade_without_a_step_larger_than_the_steady_musics(string id)
    {
        var samples = SessionRender.Samples(Presets.Named(id), 80, SessionRender.FullVolume(),
            new TimedCommand(30, new SetPhase("prep", "c", SessionPhase.Preparation)),
            new TimedCommand(50, new SetPhase("dose", "c", SessionPhase.Dosing)));
        var steady = VolumeRampTests.MaxStep(samples[(int)(AudioFormat.FramesOf(15) * 2)..(int)(AudioFormat.FramesOf(30) * 2)]);
        var changing = VolumeRampTests.MaxStep(samples[(int)(AudioFormat.FramesOf(30) * 2)..]);
        Assert.True(changing <= steady * 1.5, $"{id}: largest step while changing {changing:0.00000}, steady {steady:0.00000}");
    }
}
