using KapImmersive.Audio.Dsp;
using KapImmersive.Audio.Generative;
using KapImmersive.Audio.Loudness;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using NAudio.Wave;

namespace KapImmersive.Audio.Mixing;

/// <summary>
/// The breathing cue: a soft tone on the preset's key whose level follows Core's breath fullness (rising on the
/// inhale, holding, falling on the exhale) and, if the preset asks, whose pitch rises a whole tone with the breath.
/// Its level is relative to the music bed, and even at the full cue level it is never louder than the bed's target.
/// </summary>
public sealed class BreathCueBus : ISampleProvider
{
    /// <summary>The cue at full cue level sits this far above the music bed's loudness target (never more).</summary>
    public const double MaxLevelAboveBedDb = 0;

    private const double PitchRiseSemitones = 2;
    private const float OvertoneShare = 0.25f;
    private readonly OscillatorBank _bank = new(2);
    private string? _presetId;
    private double _baseHz;
    private double _fullAmplitude;

    public WaveFormat WaveFormat => AudioFormat.WaveFormat;

    public bool IsSounding => !_bank.IsSilent(0);

    /// <param name="frame">The scene now.</param>
    /// <param name="bedIntensity">The music bed's phase intensity, so the cue stays relative to the bed.</param>
    public void Follow(in SceneFrame frame, float bedIntensity)
    {
        if (_presetId != frame.Preset.Id)
        {
            _presetId = frame.Preset.Id;
            _baseHz = KeyHz(frame.Preset, octave: 4);
            var amplitude = KWeighting.SineAmplitudeFor(frame.Preset.Music.LoudnessTarget + MaxLevelAboveBedDb, _baseHz);
            _fullAmplitude = amplitude / Math.Sqrt(1 + (OvertoneShare * OvertoneShare));
        }

        var fullness = Math.Clamp(frame.BreathFullness, 0, 1);
        var level = (float)(_fullAmplitude * Math.Clamp(frame.CueLevel, 0, 1) * bedIntensity * fullness);
        var frequency = _baseHz * (frame.CuePitch ? Math.Pow(2, fullness * PitchRiseSemitones / 12) : 1);
        _bank.Set(0, (float)frequency, level);
        _bank.Set(1, (float)(2 * frequency), level * OvertoneShare);
    }

    /// <summary>Writes one block.</summary>
    public int Read(Span<float> buffer)
    {
        buffer.Clear();
        _bank.Render(buffer);
        return buffer.Length;
    }

    internal static double KeyHz(EnvironmentPreset preset, int octave)
    {
        var soundscape = preset.Music.Soundscape;
        return new ScaleNotes(soundscape?.Key ?? "D", soundscape?.Scale ?? "major-pentatonic").Hz(octave, 0);
    }
}
