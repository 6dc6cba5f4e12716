using System.Collections.Concurrent;
using KapImmersive.Audio.Dsp;
using KapImmersive.Audio.Loudness;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// Makes each preset's music and finds the gain that puts it at the preset's loudness target: the dosing-phase music
/// is rendered and measured once per preset (a minute of it, after the first swell), and the gain kept. Offline that
/// costs a fraction of a second; a live engine calls <see cref="Calibrate"/> for its presets before it starts.
/// </summary>
public sealed class PresetMusicFactory(string? presetFolder = null)
{
    private const double SettleSeconds = 10;
    private const double MeasureSeconds = 60;
    // Keyed by the music description itself: a preset varied with `with` gets its own measurement.
    private readonly ConcurrentDictionary<MusicSettings, float> _calibrations = new(ReferenceEqualityComparer.Instance);

    /// <summary>The gain from the music as generated to the preset's target; 1 when the preset has no music.</summary>
    public float Calibrate(EnvironmentPreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        return _calibrations.GetOrAdd(preset.Music, _ => Measure(preset));
    }

    /// <summary>Measures every preset a headset may switch to before its session starts, so no switch stalls the frame loop.</summary>
    public void CalibrateAll(PresetCatalog presets)
    {
        ArgumentNullException.ThrowIfNull(presets);
        foreach (var id in presets.Ids)
        {
            if (presets.TryGet(id, out var preset))
            {
                Calibrate(preset);
            }
        }
    }

    internal PresetMusic Create(EnvironmentPreset preset) => new(preset, presetFolder, Calibrate(preset));

    private float Measure(EnvironmentPreset preset)
    {
        using var music = new PresetMusic(preset, presetFolder, 1);
        var frame = new SceneFrame { Preset = preset, MusicPhase = SessionPhase.Dosing, PreviousMusicPhase = SessionPhase.Dosing, MusicPhaseBlend = 1 };
        var meter = new LoudnessMeter(truePeak: false);
        var block = new float[AudioFormat.BlockFrames * AudioFormat.Channels];
        var blocks = AudioFormat.FramesOf(SettleSeconds + MeasureSeconds) / AudioFormat.BlockFrames;
        var settleBlocks = AudioFormat.FramesOf(SettleSeconds) / AudioFormat.BlockFrames;
        for (var b = 0; b < blocks; b++)
        {
            music.Follow(frame, 1);
            music.Read(block);
            if (b >= settleBlocks)
            {
                meter.Add(block);
            }
        }

        var measured = meter.Report().IntegratedLufs;
        return double.IsFinite(measured) ? (float)Curves.DbToGain(preset.Music.LoudnessTarget - measured) : 1f;
    }
}
