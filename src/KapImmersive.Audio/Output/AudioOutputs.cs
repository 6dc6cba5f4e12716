using Microsoft.Extensions.Options;

namespace KapImmersive.Audio.Output;

/// <summary>Chooses the live sink at run time: PulseAudio where a server answers, else the paced null sink, with a plain message.</summary>
public sealed class AudioOutputs(IOptions<AudioOptions> options)
{
    public AudioOptions Options => options.Value;

    /// <summary>Opens the sink to play to; <paramref name="message"/> says so when there was no device.</summary>
    public IAudioSink Open(out string? message)
    {
        var settings = options.Value;
        message = null;
        if (settings.Output == "null")
        {
            return new NullSink(paced: true);
        }

        if (PulseAudioSink.TryOpen(settings.PulseServer, settings.ApplicationName, settings.BufferMilliseconds, out var pulse, out var problem))
        {
            return pulse;
        }

        message = $"No sound device: {problem}. Playing silently (null sink) so the session keeps its timing.";
        return new NullSink(paced: true);
    }
}
