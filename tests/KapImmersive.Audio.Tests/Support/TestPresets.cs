using KapImmersive.Core.Presets;

namespace KapImmersive.Audio.Tests.Support;

/// <summary>Variants of a real preset that isolate one sound, so its envelope can be measured exactly.</summary>
internal static class TestPresets
{
    /// <summary>The preset with its music replaced by a playlist of files (every phase plays them at intensity 1).</summary>
    public static EnvironmentPreset PlayingFiles(EnvironmentPreset preset, double crossfadeSeconds, params string[] files) =>
        preset with
        {
            Music = preset.Music with { Soundscape = null, Files = files, Phases = new PhaseMusicSet(), CrossfadeSeconds = crossfadeSeconds },
            Breathing = preset.Breathing with { Enabled = false },
            CheckIn = preset.CheckIn with { IntervalMinutes = 0 },
        };

    /// <summary>No music at all, breathing cue only, on the key of C (a whole number of samples in 15 periods).</summary>
    public static EnvironmentPreset CueOnly(EnvironmentPreset preset, double cueLevel = 1) =>
        preset with
        {
            Music = preset.Music with { Soundscape = new Soundscape { Key = "C", Layers = [] }, Files = [], Phases = new PhaseMusicSet() },
            Breathing = preset.Breathing with { Enabled = false, CueLevel = cueLevel, CuePitch = false },
            CheckIn = preset.CheckIn with { IntervalMinutes = 0 },
        };
}
