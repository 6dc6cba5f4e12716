using KapImmersive.Audio.Dsp;
using KapImmersive.Audio.Loudness;
using KapImmersive.Core.Scene;
using NAudio.Wave;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// A soft chime when a check-in prompt appears: a root, fifth and octave on the preset's key, swelling in over
/// 0.3 s (soft, yet quick enough to be noticed as the prompt fades in) and ringing away over a few seconds,
/// well below the music bed's target.
/// </summary>
public sealed class PromptChimeBus : ISampleProvider
{
    public const double LevelBelowBedDb = 8;
    private const double AttackSeconds = 0.3;
    private const double DecaySeconds = 1.2;
    private const double RingSeconds = 12;
    private static readonly double[] Ratios = [1, 1.5, 2];
    private static readonly double[] Weights = [1, 0.5, 0.2];
    private readonly OscillatorBank _bank = new(3);
    private string? _chimedFor;
    private double _struckAt = double.NegativeInfinity;
    private double _rootHz;
    private double _amplitude;

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    public bool IsSounding => !_bank.IsSilent(0);

    public void Follow(in SceneFrame frame, float bedIntensity)
    {
        if (frame.CheckInId is { } id && id != _chimedFor)
        {
            _chimedFor = id;
            _struckAt = frame.Time;
            _rootHz = BreathCueBus.KeyHz(frame.Preset, octave: 5);
            _amplitude = KWeighting.SineAmplitudeFor(frame.Preset.Music.LoudnessTarget - LevelBelowBedDb, _rootHz);
            for (var i = 0; i < Ratios.Length; i++)
            {
                _bank.Restart(i, 0);
            }
        }

        var age = frame.Time - _struckAt;
        var envelope = age > RingSeconds
            ? 0
            : Curves.Smoothstep(age / AttackSeconds) * Math.Exp(-Math.Max(0, age - AttackSeconds) / DecaySeconds);
        for (var i = 0; i < Ratios.Length; i++)
        {
            _bank.Set(i, (float)(_rootHz * Ratios[i]), (float)(_amplitude * Weights[i] * envelope * bedIntensity));
        }
    }

    /// <summary>Writes one block.</summary>
    public int Read(Span<float> buffer)
    {
        buffer.Clear();
        _bank.Render(buffer);
        return buffer.Length;
    }
}
