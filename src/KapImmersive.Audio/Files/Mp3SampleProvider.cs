using NAudio.Wave;
using NLayer;

namespace KapImmersive.Audio.Files;

/// <summary>NLayer's managed MP3 decoder as an <see cref="ISampleProvider"/>, decoding as it is read.</summary>
internal sealed class Mp3SampleProvider : ISampleProvider, IDisposable
{
    private readonly MpegFile _file;
    private float[] _scratch = [];

    public Mp3SampleProvider(string path)
    {
        _file = new MpegFile(path);
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(_file.SampleRate, _file.Channels);
    }

    public WaveFormat WaveFormat { get; }

    public TimeSpan Duration => _file.Duration;

    public int Read(Span<float> buffer)
    {
        if (_scratch.Length < buffer.Length)
        {
            _scratch = new float[buffer.Length];
        }

        var read = _file.ReadSamples(_scratch, 0, buffer.Length);
        _scratch.AsSpan(0, read).CopyTo(buffer);
        return read;
    }

    public void Dispose() => _file.Dispose();
}
