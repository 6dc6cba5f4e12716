using KapImmersive.Audio.Files;
using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Tests.Mixing;
using KapImmersive.Audio.Tests.Support;

namespace KapImmersive.Audio.Tests.Files;

public sealed class PlaylistCrossfadeTests : IDisposable
{
    private readonly Fixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Fact]
    public void Equal_power_crossfades_between_unrelated_files_keep_the_short_term_level_within_1_dB()
    {
        var first = _fixtures.Wav("first.wav", 48000, 2, 20, 0, 0.3, seed: 1);
        // Both at the mix rate: the resampler's low-pass (about 0.7 of Nyquist) would take power out of white noise.
        var second = _fixtures.Wav("second.wav", 48000, 2, 20, 0, 0.3, seed: 2);
        using var playlist = new LoopingPlaylist([first, second], crossfadeSeconds: 8);
        var samples = new float[AudioFormat.FramesOf(70) * 2];
        playlist.Read(samples);

        var meter = new LoudnessMeter(truePeak: false);
        meter.Add(samples);
        var shortTerm = Enumerable.Range(29, meter.SubBlockPowers.Count - 29).Select(last => meter.Window(last, 30)).ToArray();
        var median = shortTerm.Order().ElementAt(shortTerm.Length / 2);
        Assert.All(shortTerm, l => Assert.InRange(l, median - 1, median + 1));
    }

    [Fact]
    public void A_crossfade_between_two_tones_never_clicks()
    {
        var low = _fixtures.Wav("low.wav", 48000, 1, 12, 500, 0.4);
        var high = _fixtures.Wav("high.wav", 22050, 1, 12, 800, 0.4);
        using var playlist = new LoopingPlaylist([low, high], crossfadeSeconds: 4);
        var samples = new float[AudioFormat.FramesOf(40) * 2];
        playlist.Read(samples);

        // The equal-power sum of two tones peaks at sqrt(2) of one; its steepest step is that of both at once.
        var bound = 0.4 * 2 * Math.Sin(Math.PI * 800 / AudioFormat.SampleRate) * Math.Sqrt(2) * 1.02;
        Assert.True(VolumeRampTests.MaxStep(samples) <= bound, $"largest step {VolumeRampTests.MaxStep(samples):0.0000} > {bound:0.0000}");
    }
}
