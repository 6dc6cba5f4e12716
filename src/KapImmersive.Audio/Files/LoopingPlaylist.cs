using KapImmersive.Audio.Dsp;
using NAudio.Wave;

namespace KapImmersive.Audio.Files;

/// <summary>
/// A looping playlist of sound files: each plays streamed and crossfades into the next with equal-power weights
/// over the crossfade time (shortened to half a file for very short ones), the last one back into the first.
/// </summary>
public sealed class LoopingPlaylist : ISampleProvider, IDisposable
{
    private readonly IReadOnlyList<string> _paths;
    private readonly double _crossfadeSeconds;
    private AudioFileSource? _current;
    private AudioFileSource? _next;
    private int _index;
    private long _currentFramesLeft;
    private long _fadeFrames;
    private long _fadeDone;
    private float[] _scratch = [];

    public LoopingPlaylist(IReadOnlyList<string> paths, double crossfadeSeconds)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = paths;
        _crossfadeSeconds = crossfadeSeconds;
        if (paths.Count > 0)
        {
            _current = AudioFileSource.Open(paths[0]);
            _currentFramesLeft = AudioFormat.FramesOf(_current.Duration.TotalSeconds);
        }
    }

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    public int Read(Span<float> buffer)
    {
        var done = 0;
        while (done < buffer.Length)
        {
            var wanted = buffer[done..];
            if (_current is null)
            {
                wanted.Clear();
                break;
            }

            if (_next is null && _currentFramesLeft > FadeFramesOf(_current))
            {
                var frames = (int)Math.Min(wanted.Length / 2, _currentFramesLeft - FadeFramesOf(_current));
                ReadFully(_current, wanted[..(frames * 2)]);
                _currentFramesLeft -= frames;
                done += frames * 2;
                continue;
            }

            done += Crossfade(wanted);
        }

        return buffer.Length;
    }

    public void Dispose()
    {
        _current?.Dispose();
        _next?.Dispose();
    }

    private static void ReadFully(AudioFileSource source, Span<float> buffer)
    {
        var read = source.Read(buffer);
        buffer[read..].Clear();
    }

    private long FadeFramesOf(AudioFileSource file) =>
        AudioFormat.FramesOf(Math.Min(_crossfadeSeconds, file.Duration.TotalSeconds / 2));

    /// <summary>Plays part of the crossfade into the next file; returns the samples written.</summary>
    private int Crossfade(Span<float> buffer)
    {
        if (_next is null)
        {
            _index = (_index + 1) % _paths.Count;
            _next = AudioFileSource.Open(_paths[_index]);
            _fadeFrames = Math.Max(1, Math.Min(Math.Max(_currentFramesLeft, 1), FadeFramesOf(_next)));
            _fadeDone = 0;
        }

        var frames = (int)Math.Min(buffer.Length / 2, _fadeFrames - _fadeDone);
        var part = buffer[..(frames * 2)];
        if (_scratch.Length < part.Length)
        {
            _scratch = new float[part.Length];
        }

        var incoming = _scratch.AsSpan(0, part.Length);
        ReadFully(_current!, part);
        ReadFully(_next, incoming);
        for (var f = 0; f < frames; f++)
        {
            var (fadeOut, fadeIn) = Curves.EqualPower((_fadeDone + f + 0.5) / _fadeFrames);
            part[2 * f] = (part[2 * f] * fadeOut) + (incoming[2 * f] * fadeIn);
            part[(2 * f) + 1] = (part[(2 * f) + 1] * fadeOut) + (incoming[(2 * f) + 1] * fadeIn);
        }

        _fadeDone += frames;
        if (_fadeDone >= _fadeFrames)
        {
            _current!.Dispose();
            _current = _next;
            _next = null;
            _currentFramesLeft = AudioFormat.FramesOf(_current.Duration.TotalSeconds) - _fadeFrames;
        }

        return part.Length;
    }
}
