using KapImmersive.Audio.Dsp;
using KapImmersive.Core.Scene;
using NAudio.Wave;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// The music bus: the current preset's music and, during a preset switch, the previous one's fading out with
/// equal power while the new one fades in, as the frame's preset blend says.
/// </summary>
public sealed class MusicBus(PresetMusicFactory factory) : ISampleProvider, IDisposable
{
    private readonly float[] _previousBlock = new float[AudioFormat.BlockFrames * AudioFormat.Channels];
    private PresetMusic? _current;
    private PresetMusic? _previous;

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    /// <summary>The current preset's phase intensity, 0 before the first frame.</summary>
    public float Intensity { get; private set; }

    public void Follow(in SceneFrame frame)
    {
        if (_current is null || _current.Preset.Id != frame.Preset.Id)
        {
            _previous?.Dispose();
            _previous = _current;
            _current = factory.Create(frame.Preset);
        }

        if (_previous is not null && (frame.PreviousPreset is null || frame.PreviousPreset.Id != _previous.Preset.Id))
        {
            _previous.Dispose();
            _previous = null;
        }

        var (fadeOut, fadeIn) = Curves.EqualPower(_previous is null ? 1 : frame.PresetBlend);
        _current.Follow(frame, fadeIn);
        _previous?.Follow(frame, fadeOut);
        Intensity = _current.Intensity(frame);
    }

    /// <summary>Writes one block (call <see cref="Follow"/> first).</summary>
    public int Read(Span<float> buffer)
    {
        if (_current is null)
        {
            buffer.Clear();
            return buffer.Length;
        }

        _current.Read(buffer);
        if (_previous is not null)
        {
            var previous = _previousBlock.AsSpan(0, buffer.Length);
            _previous.Read(previous);
            SampleMath.AddInto(buffer, previous);
        }

        return buffer.Length;
    }

    public void Dispose()
    {
        _current?.Dispose();
        _previous?.Dispose();
    }
}
