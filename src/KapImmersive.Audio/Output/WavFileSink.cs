using System.Runtime.InteropServices;
using NAudio.Wave;

namespace KapImmersive.Audio.Output;

/// <summary>Writes a 48 kHz stereo 32-bit float WAV file (RF64 past 4 GB, so long sessions fit).</summary>
public sealed class WavFileSink(string path) : IAudioSink
{
    private readonly WaveFileWriter _writer = new(path, AudioFormat.WaveFormat, new WaveFileWriterOptions { EnableRf64 = true });

    public string Name => Path.GetFileName(path);

    public void Write(ReadOnlySpan<float> interleaved) => _writer.Write(MemoryMarshal.AsBytes(interleaved));

    public void Dispose() => _writer.Dispose();
}
