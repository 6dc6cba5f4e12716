using KapImmersive.Audio.Files;
using KapImmersive.Audio.Tests.Support;

namespace KapImmersive.Audio.Tests.Files;

/// <summary>WAV, MP3 (NLayer) and Ogg Vorbis (NVorbis) files, made by sox at test time, play at the mix rate and length.</summary>
public sealed class FileDecodingTests : IDisposable
{
    private readonly Fixtures _fixtures = new();

    public void Dispose() => _fixtures.Dispose();

    [Theory]
    [InlineData("tone.wav", 44100, 1, 0.005)]
    [InlineData("tone.mp3", 44100, 2, 0.08)]
    [InlineData("tone.ogg", 32000, 2, 0.005)]
    public void A_file_decodes_at_48kHz_stereo_with_its_pitch_and_length(string name, int rate, int channels, double lengthToleranceSeconds)
    {
        var path = _fixtures.Sox(name, "-n", "-r", $"{rate}", "-c", $"{channels}", "OUT", "synth", "3", "sine", "440", "vol", "0.5");

        using var source = AudioFileSource.Open(path);
        var samples = ReadAll(source);
        var seconds = samples.Length / 2.0 / AudioFormat.SampleRate;
        Assert.InRange(seconds, 3 - lengthToleranceSeconds, 3 + lengthToleranceSeconds);
        Assert.InRange(source.Duration.TotalSeconds, 3 - lengthToleranceSeconds, 3 + lengthToleranceSeconds);

        var left = Signals.Left(samples)[(AudioFormat.SampleRate / 2)..(AudioFormat.SampleRate * 5 / 2)];
        var crossings = Enumerable.Range(1, left.Length - 1).Count(i => left[i - 1] < 0 && left[i] >= 0);
        Assert.InRange(crossings, 878, 882); // 440 Hz over the 2 s from 0.5 s
        Assert.InRange(Signals.Left(samples).Max(), 0.45f, 0.55f);
    }

    private static float[] ReadAll(AudioFileSource source)
    {
        var all = new List<float>();
        var buffer = new float[4800];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, read));
        }

        return [.. all];
    }
}
