using KapImmersive.Audio.Dsp;
using KapImmersive.Audio.Files;
using KapImmersive.Audio.Generative;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// One preset's music: its generated soundscape and its looping playlist, levelled by phase and by the
/// calibration that puts the preset at its loudness target at full volume.
/// </summary>
internal sealed class PresetMusic : IDisposable
{
    private readonly GeneratedSoundscape? _soundscape;
    private readonly LoopingPlaylist? _playlist;
    private readonly PhaseLevels _levels;
    private readonly float _calibration;
    private readonly float[] _files = new float[AudioFormat.BlockFrames * AudioFormat.Channels];
    private GainRamp _filesGain;
    private float _filesTarget;

    public PresetMusic(EnvironmentPreset preset, string? presetFolder, float calibration)
    {
        Preset = preset;
        _calibration = calibration;
        var music = preset.Music;
        _soundscape = music.Soundscape is { Layers.Count: > 0 } description ? new GeneratedSoundscape(description) : null;
        // A preset's files are plain names of the audio folder beside its folder (the validator allows nothing else).
        _playlist = music.Files is { Count: > 0 }
            ? new LoopingPlaylist([.. music.Files.Select(f => Path.GetFullPath(f, PresetAudio.FolderBeside(presetFolder ?? Environment.CurrentDirectory)))],
                music.CrossfadeSeconds)
            : null;
        _levels = new PhaseLevels(preset, _soundscape?.LayerNames ?? []);
    }

    public EnvironmentPreset Preset { get; }

    /// <summary>The phase levels in force (for the cue and chime, which sit relative to the music bed).</summary>
    public float Intensity(in SceneFrame frame) => _levels.Intensity(frame);

    /// <summary>Sets every level for the next block; <paramref name="weight"/> is this preset's share during a preset crossfade.</summary>
    public void Follow(in SceneFrame frame, float weight)
    {
        var gain = _calibration * weight;
        if (_soundscape is not null)
        {
            for (var layer = 0; layer < _soundscape.LayerNames.Count; layer++)
            {
                _soundscape.SetLayerGain(layer, gain * _levels.Layer(frame, layer));
            }
        }

        _filesTarget = gain * _levels.Files(frame);
    }

    /// <summary>Writes (not adds) one block of this preset's music.</summary>
    public void Read(Span<float> block)
    {
        if (_soundscape is null)
        {
            block.Clear();
        }
        else
        {
            _soundscape.Read(block);
        }

        if (_playlist is not null)
        {
            var files = _files.AsSpan(0, block.Length);
            _playlist.Read(files);
            _filesGain.Apply(files, _filesTarget);
            SampleMath.AddInto(block, files);
        }
    }

    public void Dispose() => _playlist?.Dispose();
}
