using NAudio.Wave;
using NVorbis;

namespace KapImmersive.Audio.Files;

/// <summary>NVorbis's managed Ogg Vorbis decoder as an <see cref="ISampleProvider"/>, decoding as it is read.</summary>
internal sealed class VorbisSampleProvider : ISampleProvider, IDisposable
{
    private readonly VorbisReader _reader;
    private float[] _scratch = [];

    public VorbisSampleProvider(string path)
    {
        _reader = new VorbisReader(path);
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(_reader.SampleRate, _reader.Channels);
    }

    public WaveFormat WaveFormat { get; }

    public TimeSpan Duration => _reader.TotalTime;

    public int Read(Span<float> buffer)
    {
        if (_scratch.Length < buffer.Length)
        {
            _scratch = new float[buffer.Length];
        }

        var read = _reader.ReadSamples(_scratch, 0, buffer.Length);
        _scratch.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public void Dispose() => _reader.Dispose();
}
