using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Output;

/// <summary>
/// Live output through PulseAudio's simple API (the server named by PULSE_SERVER, else the user's). Writes block
/// until the server has room, which is what paces the output thread in real time.
/// </summary>
public sealed class PulseAudioSink : IAudioSink
{
    private nint _stream;

    private PulseAudioSink(nint stream) => _stream = stream;

    public string Name => "PulseAudio";

    /// <summary>The server's playback latency now, in microseconds.</summary>
    public ulong LatencyMicroseconds => PulseSimpleNative.Latency(_stream, out _);

    /// <summary>Opens a playback stream, or says in plain words why there is none.</summary>
    public static bool TryOpen(string? server, string applicationName, int targetLatencyMilliseconds,
        [NotNullWhen(true)] out PulseAudioSink? sink, [NotNullWhen(false)] out string? problem)
    {
        sink = null;
        var spec = new PulseSimpleNative.SampleSpec
        {
            Format = PulseSimpleNative.SampleFloat32LittleEndian,
            Rate = AudioFormat.SampleRate,
            Channels = AudioFormat.Channels,
        };
        var bytesPerMillisecond = (uint)(AudioFormat.SampleRate / 1000 * AudioFormat.Channels * sizeof(float));
        var attributes = new PulseSimpleNative.BufferAttributes
        {
            MaxLength = uint.MaxValue,
            TargetLength = bytesPerMillisecond * (uint)targetLatencyMilliseconds,
            PreBuffer = uint.MaxValue,
            MinimumRequest = uint.MaxValue,
            FragmentSize = uint.MaxValue,
        };
        nint stream;
        int error;
        try
        {
            stream = PulseSimpleNative.New(string.IsNullOrWhiteSpace(server) ? null : server, applicationName, PulseSimpleNative.StreamPlayback, null, "session sound",
                spec, 0, attributes, out error);
        }
        catch (DllNotFoundException)
        {
            problem = "PulseAudio's client library (libpulse-simple.so.0) is not installed";
            return false;
        }

        if (stream == 0)
        {
            problem = error == PulseSimpleNative.ErrorConnectionRefused
                ? "no PulseAudio server is running (connection refused)"
                : string.Create(CultureInfo.InvariantCulture, $"PulseAudio refused the playback stream (error {error})");
            return false;
        }

        sink = new PulseAudioSink(stream);
        problem = null;
        return true;
    }

    public void Write(ReadOnlySpan<float> interleaved)
    {
        ObjectDisposedException.ThrowIf(_stream == 0, this);
        if (interleaved.IsEmpty)
        {
            return;
        }

        if (PulseSimpleNative.Write(_stream, in MemoryMarshal.GetReference(interleaved), (nuint)(interleaved.Length * sizeof(float)), out var error) < 0)
        {
            throw new IOException(string.Create(CultureInfo.InvariantCulture, $"PulseAudio stopped taking audio (error {error})"));
        }
    }

    public void Dispose()
    {
        if (_stream != 0)
        {
            PulseSimpleNative.Drain(_stream, out _);
            PulseSimpleNative.Free(_stream);
            _stream = 0;
        }
    }
}
