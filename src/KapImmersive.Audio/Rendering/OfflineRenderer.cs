using KapImmersive.Audio.Output;
using NAudio.Wave;

namespace KapImmersive.Audio.Rendering;

/// <summary>Renders a stretch of audio as fast as the machine allows, into a sink, past any analysers.</summary>
public static class OfflineRenderer
{
    /// <summary>Frames per write: 100 ms, large enough that per-call costs vanish.</summary>
    public const int ChunkFrames = AudioFormat.SampleRate / 10;

    public static long Render(ISampleProvider source, double seconds, IAudioSink sink, IReadOnlyList<ISampleAnalyser> analysers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(analysers);
        var total = AudioFormat.FramesOf(seconds);
        var buffer = new float[ChunkFrames * AudioFormat.Channels];
        long done = 0;
        while (done < total)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var frames = (int)Math.Min(ChunkFrames, total - done);
            var chunk = buffer.AsSpan(0, frames * AudioFormat.Channels);
            source.Read(chunk);
            sink.Write(chunk);
            foreach (var analyser in analysers)
            {
                analyser.Add(chunk);
            }

            done += frames;
        }

        return done;
    }
}
