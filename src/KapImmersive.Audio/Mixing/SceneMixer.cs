using KapImmersive.Audio.Dsp;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Scene;
using NAudio.Wave;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// Carries out the scene, deciding nothing: every 10 ms block it reads the frame for the block's end, sets the music,
/// breathing-cue and prompt buses from it, mixes them and applies the master (the frame's volume under the
/// preset's ceiling), every gain ramped per sample. Never ends; reads of any length are served from whole blocks.
/// </summary>
public sealed class SceneMixer : ISampleProvider, IDisposable
{
    private const int BlockSamples = AudioFormat.BlockFrames * AudioFormat.Channels;
    private readonly ISceneSource _scene;
    private readonly double _startTime;
    private readonly MusicBus _music;
    private readonly BreathCueBus _cue = new();
    private readonly PromptChimeBus _chime = new();
    private readonly float[] _block = new float[BlockSamples];
    private readonly float[] _voice = new float[BlockSamples];
    private GainRamp _master;
    private int _consumed = BlockSamples;
    private long _frames;

    public SceneMixer(ISceneSource scene, PresetMusicFactory music, double startTime = 0)
    {
        ArgumentNullException.ThrowIfNull(scene);
        _scene = scene;
        _startTime = startTime;
        _music = new MusicBus(music);
    }

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    /// <summary>The session time of the last block rendered.</summary>
    public double Time => _startTime + AudioFormat.SecondsOf(_frames);

    /// <summary>The frame the last block carried out.</summary>
    public SceneFrame LastFrame { get; private set; }

    public int Read(Span<float> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_consumed == BlockSamples)
            {
                RenderBlock();
                _consumed = 0;
            }

            var count = Math.Min(BlockSamples - _consumed, buffer.Length - written);
            _block.AsSpan(_consumed, count).CopyTo(buffer[written..]);
            _consumed += count;
            written += count;
        }

        return buffer.Length;
    }

    public void Dispose() => _music.Dispose();

    private void RenderBlock()
    {
        _frames += AudioFormat.BlockFrames;
        var frame = _scene.FrameAt(Time);
        LastFrame = frame;

        _music.Follow(frame);
        _music.Read(_block);
        _cue.Follow(frame, _music.Intensity);
        if (_cue.IsSounding)
        {
            _cue.Read(_voice);
            SampleMath.AddInto(_block, _voice);
        }

        _chime.Follow(frame, _music.Intensity);
        if (_chime.IsSounding)
        {
            _chime.Read(_voice);
            SampleMath.AddInto(_block, _voice);
        }

        _master.Apply(_block, MasterLevel.Gain(frame.Volume, frame.VolumeCeiling));
    }
}
