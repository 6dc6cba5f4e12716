using KapImmersive.Audio.Dsp;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// The levels a preset's phase music asks for (each layer, the files, the overall intensity), tabled once per
/// preset so the audio thread only looks them up, and how they cross from one phase to the next.
/// </summary>
internal sealed class PhaseLevels
{
    private static readonly SessionPhase[] Phases = Enum.GetValues<SessionPhase>();
    private readonly float[,] _layers;
    private readonly float[] _files = new float[Phases.Length];
    private readonly float[] _intensity = new float[Phases.Length];

    public PhaseLevels(EnvironmentPreset preset, IReadOnlyList<string> layerNames)
    {
        _layers = new float[Phases.Length, layerNames.Count];
        foreach (var phase in Phases)
        {
            var music = preset.Music.Phases.For(phase);
            var playsSoundscape = music.Source is "soundscape" or "both";
            _files[(int)phase] = music.Source is "files" or "both" ? (float)music.Intensity : 0;
            _intensity[(int)phase] = (float)music.Intensity;
            for (var layer = 0; layer < layerNames.Count; layer++)
            {
                var chosen = music.Layers is null or { Count: 0 } || music.Layers.Contains(layerNames[layer], StringComparer.Ordinal);
                _layers[(int)phase, layer] = playsSoundscape && chosen ? (float)music.Intensity : 0;
            }
        }
    }

    public float Layer(in SceneFrame frame, int layer) =>
        Cross(frame, _layers[(int)frame.PreviousMusicPhase, layer], _layers[(int)frame.MusicPhase, layer]);

    public float Files(in SceneFrame frame) => Cross(frame, _files[(int)frame.PreviousMusicPhase], _files[(int)frame.MusicPhase]);

    public float Intensity(in SceneFrame frame) =>
        Cross(frame, _intensity[(int)frame.PreviousMusicPhase], _intensity[(int)frame.MusicPhase]);

    /// <summary>
    /// Crosses a level in the power domain: a layer in both phases keeps its level, one leaving or entering fades
    /// with equal power, so the bed never dips or bulges during a phase change.
    /// </summary>
    private static float Cross(in SceneFrame frame, float from, float to)
    {
        if (frame.MusicPhaseBlend >= 1 || from == to)
        {
            return to;
        }

        var t = (float)Curves.Smoothstep(frame.MusicPhaseBlend);
        return MathF.Sqrt((from * from * (1 - t)) + (to * to * t));
    }
}
