using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Tests.Support;

/// <summary>Renders what a scripted session sounds like, into memory, through the real mixer.</summary>
internal static class SessionRender
{
    /// <summary>One loudness calibration per preset's music for the whole run.</summary>
    private static readonly PresetMusicFactory Music = new(Presets.Folder());

    public static SceneMixer Mixer(EnvironmentPreset preset, params TimedCommand[] script)
    {
        var timeline = new List<TimedCommand> { new(0, new SetPhase("test-phase", "test", SessionPhase.Dosing)) };
        timeline.AddRange(script);
        var session = new ScriptedSession(preset, new PresetCatalog(Presets.Every.Append(preset).DistinctBy(p => p.Id)), timeline);
        return new SceneMixer(new ScriptedSceneSource(session), Music);
    }

    public static float[] Samples(EnvironmentPreset preset, double seconds, params TimedCommand[] script)
    {
        using var mixer = Mixer(preset, script);
        var samples = new float[AudioFormat.FramesOf(seconds) * AudioFormat.Channels];
        mixer.Read(samples);
        return samples;
    }

    public static TimedCommand FullVolume(double at = 0) => new(at, new SetVolume("test-volume", "test", 1));
}
