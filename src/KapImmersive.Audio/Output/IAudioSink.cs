namespace KapImmersive.Audio.Output;

/// <summary>Where rendered audio goes: a file, nowhere, or a device. Takes 48 kHz interleaved stereo float.</summary>
public interface IAudioSink : IDisposable
{
    /// <summary>A plain name for messages ("PulseAudio", "null sink", a file name).</summary>
    string Name { get; }

    /// <summary>Writes samples; a live sink blocks until the device has room, which is what paces real time.</summary>
    void Write(ReadOnlySpan<float> interleaved);
}
