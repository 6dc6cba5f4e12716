using KapImmersive.Audio.Dsp;

namespace KapImmersive.Audio.Generative;

/// <summary>
/// Sparse, soft bell tones from the scale: each swells in over the softness bound's attack and rings away slowly,
/// its upper (inharmonic) partials dying first. Strikes come at seeded random intervals averaging the preset's density.
/// </summary>
internal sealed class BellLayer : GeneratedLayer
{
    private const int Voices = 4;
    private const int Partials = 3;
    private const double DecaySeconds = 3.5;
    private const float BellAmplitude = 0.22f;
    private static readonly double[] PartialRatios = [1, 2.76, 5.4];
    private static readonly double[] PartialWeights = [1, 0.3, 0.1];

    private readonly OscillatorBank _bank = new(Voices * Partials);
    private readonly ScaleNotes _scale;
    private readonly int _octave;
    private readonly double _level;
    private readonly double _cutoff;
    private readonly double _meanGapSeconds;
    private readonly double[] _struckAt = new double[Voices];
    private readonly double[] _voiceHz = new double[Voices];
    private SeededRandom _random;
    private double _nextStrikeAt;

    public BellLayer(ScaleNotes scale, int octave, double level, double brightness, double strikesPerMinute, SeededRandom random)
    {
        _scale = scale;
        _octave = octave;
        _level = level;
        _cutoff = SoftnessBounds.CutoffFor(brightness);
        _random = random;
        _meanGapSeconds = strikesPerMinute > 0 ? 60 / strikesPerMinute : double.PositiveInfinity;
        _struckAt.AsSpan().Fill(double.NegativeInfinity);
        _nextStrikeAt = NextGap();
    }

    /// <summary>How long a voice sounds before it can be struck again.</summary>
    private static double RingSeconds => SoftnessBounds.MinAttackSeconds + (8 * DecaySeconds);

    public override void Render(Span<float> block, double endTime, float gainFrom, float gainTo)
    {
        if (endTime >= _nextStrikeAt)
        {
            Strike(endTime);
        }

        for (var voice = 0; voice < Voices; voice++)
        {
            var age = endTime - _struckAt[voice];
            for (var partial = 0; partial < Partials; partial++)
            {
                var index = (voice * Partials) + partial;
                if (age > RingSeconds)
                {
                    _bank.Set(index, (float)_voiceHz[voice], 0);
                    continue;
                }

                var f = _voiceHz[voice] * PartialRatios[partial];
                var decay = Math.Exp(-Math.Max(0, age - SoftnessBounds.MinAttackSeconds) * Math.Sqrt(PartialRatios[partial]) / DecaySeconds);
                var envelope = Curves.Smoothstep(age / SoftnessBounds.MinAttackSeconds) * decay;
                var amplitude = BellAmplitude * _level * PartialWeights[partial] * envelope * gainTo * Curves.LowPassGain(f, _cutoff * 2);
                _bank.Set(index, (float)f, (float)amplitude);
            }
        }

        _bank.Render(block);
    }

    private double NextGap() =>
        double.IsPositiveInfinity(_meanGapSeconds) ? double.PositiveInfinity : _meanGapSeconds * _random.Between(0.5, 1.5);

    private void Strike(double now)
    {
        _nextStrikeAt = now + NextGap();
        for (var voice = 0; voice < Voices; voice++)
        {
            if (now - _struckAt[voice] > RingSeconds)
            {
                _struckAt[voice] = now;
                _voiceHz[voice] = _scale.Hz(_octave, _random.Below(_scale.Degrees + 1));
                var pan = (float)_random.Between(-0.6, 0.6);
                for (var partial = 0; partial < Partials; partial++)
                {
                    var index = (voice * Partials) + partial;
                    _bank.Restart(index, _random.NextDouble());
                    _bank.SetPan(index, pan);
                }

                return;
            }
        }
    }
}
