using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// The scene `kap audio render` plays: the scripted session's frames as Core composes them, with --phase holding the
/// music on that phase's choice (to hear it without scripting the arc) and --seed giving the soundscape another seed.
/// </summary>
internal sealed class AudioRenderScene(ISceneSource session, SessionPhase? phase, int? seed) : ISceneSource
{
    private readonly Dictionary<string, EnvironmentPreset> _reseeded = new(StringComparer.Ordinal);

    public SceneFrame FrameAt(double time)
    {
        var frame = session.FrameAt(time);
        if (phase is { } held)
        {
            frame = frame with { MusicPhase = held, PreviousMusicPhase = held, MusicPhaseBlend = 1 };
        }

        if (seed is not null)
        {
            frame = frame with
            {
                Preset = Reseeded(frame.Preset),
                PreviousPreset = frame.PreviousPreset is { } previous ? Reseeded(previous) : null,
            };
        }

        return frame;
    }

    private EnvironmentPreset Reseeded(EnvironmentPreset preset)
    {
        if (!_reseeded.TryGetValue(preset.Id, out var reseeded))
        {
            reseeded = preset.Music.Soundscape is { } soundscape
                ? preset with { Music = preset.Music with { Soundscape = soundscape with { Seed = seed!.Value } } }
                : preset;
            _reseeded[preset.Id] = reseeded;
        }

        return reseeded;
    }
}
