using System.Diagnostics;

namespace KapImmersive.Audio.Output;

/// <summary>
/// Discards audio. Unpaced it measures how fast the engine renders; paced it takes samples at the rate a device
/// would (so a headset with no sound card still runs its audio clock in real time).
/// </summary>
public sealed class NullSink(bool paced) : IAudioSink
{
    private readonly Stopwatch _clock = new();
    private long _frames;

    public string Name => paced ? "null sink (real time)" : "null sink";

    public long FramesWritten => _frames;

    public void Write(ReadOnlySpan<float> interleaved)
    {
        _frames += interleaved.Length / AudioFormat.Channels;
        if (!_clock.IsRunning)
        {
            // Real time starts with the first sound, as a device's would.
            _clock.Start();
        }

        if (!paced)
        {
            return;
        }

        var ahead = TimeSpan.FromSeconds(AudioFormat.SecondsOf(_frames)) - _clock.Elapsed;
        if (ahead > TimeSpan.Zero)
        {
            Thread.Sleep(ahead);
        }
    }

    public void Dispose()
    {
    }
}
