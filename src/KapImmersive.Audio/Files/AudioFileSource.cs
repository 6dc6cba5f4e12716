using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace KapImmersive.Audio.Files;

/// <summary>
/// One sound file (WAV, MP3 through NLayer, Ogg Vorbis through NVorbis) streamed from disk, never loaded whole,
/// as 48 kHz stereo float: mono is spread to both sides and other rates are resampled.
/// </summary>
public sealed class AudioFileSource : ISampleProvider, IDisposable
{
    private readonly IDisposable _decoder;
    private readonly ISampleProvider _output;

    private AudioFileSource(IDisposable decoder, ISampleProvider decoded, TimeSpan duration)
    {
        _decoder = decoder;
        Duration = duration;
        var stereo = decoded.WaveFormat.Channels switch
        {
            1 => new MonoToStereoSampleProvider(decoded),
            2 => decoded,
            var n => throw new NotSupportedException($"{n}-channel files are not supported; use mono or stereo"),
        };
        _output = stereo.WaveFormat.SampleRate == AudioFormat.SampleRate
            ? stereo
            : new WdlResamplingSampleProvider(stereo, AudioFormat.SampleRate);
    }

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    public TimeSpan Duration { get; }

    public static AudioFileSource Open(string path)
    {
        switch (Path.GetExtension(path).ToLowerInvariant())
        {
            case ".wav":
                var wave = new WaveFileReader(path);
                return new AudioFileSource(wave, wave.ToSampleProvider(), wave.TotalTime);
            case ".mp3":
                var mp3 = new Mp3SampleProvider(path);
                return new AudioFileSource(mp3, mp3, mp3.Duration);
            case ".ogg":
                var ogg = new VorbisSampleProvider(path);
                return new AudioFileSource(ogg, ogg, ogg.Duration);
            default:
                throw new NotSupportedException($"'{Path.GetFileName(path)}' is not a .wav, .mp3 or .ogg file");
        }
    }

    /// <summary>Fills <paramref name="buffer"/>; fewer samples (then none) only at the end of the file.</summary>
    public int Read(Span<float> buffer)
    {
        // Decoders and the resampler may return short reads mid-file; only a read of nothing means the end.
        var total = 0;
        int read;
        while (total < buffer.Length && (read = _output.Read(buffer[total..])) > 0)
        {
            total += read;
        }

        return total;
    }

    public void Dispose() => _decoder.Dispose();
}
