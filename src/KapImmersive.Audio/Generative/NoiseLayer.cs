using KapImmersive.Audio.Dsp;

namespace KapImmersive.Audio.Generative;

/// <summary>
/// Filtered noise textures: ocean (low-passed surf swelling in slow waves), wind (a band that wanders and gusts)
/// and rain (a soft, steady hiss). Each channel has its own noise for width; the filters and level move every block
/// and the level ramps per sample, so the texture breathes without ever stepping.
/// </summary>
internal sealed class NoiseLayer : GeneratedLayer
{
    private const float TargetRms = 0.2f;
    private const double WhiteNoisePower = 1.0 / 3;

    private readonly string _texture;
    private readonly double _level;
    private readonly double _cutoff;
    private readonly double _slowPeriod;
    private readonly double _gustPeriod;
    private readonly double _phaseOffset;
    private StateVariableFilter _left;
    private StateVariableFilter _right;
    private uint _noiseLeft;
    private uint _noiseRight;
    private SeededRandom _random;
    private double _wavePhase;
    private double _wavePeriod;
    private double _lastTime;
    private float _reachedGain;

    public NoiseLayer(string texture, double level, double brightness, SeededRandom random)
    {
        _texture = texture;
        _level = level;
        _cutoff = SoftnessBounds.CutoffFor(brightness);
        _random = random;
        _noiseLeft = _random.NextNoiseSeed();
        _noiseRight = _random.NextNoiseSeed();
        _slowPeriod = _random.Between(17, 29);
        _gustPeriod = _random.Between(9, 15);
        _phaseOffset = _random.Between(0, 2 * Math.PI);
        _wavePeriod = _random.Between(7, 12);
    }

    public override void Render(Span<float> block, double endTime, float gainFrom, float gainTo)
    {
        var (cutoff, q, bandPass, envelope) = Shape(endTime);
        var bandwidth = bandPass ? Math.PI / 2 * cutoff / q : 1.11 * cutoff;
        var normalise = TargetRms / Math.Sqrt(WhiteNoisePower * bandwidth / (AudioFormat.SampleRate / 2.0));
        _left.Tune(cutoff, q);
        _right.Tune(cutoff, q);

        var from = _reachedGain;
        var to = (float)(_level * envelope * normalise * gainTo);
        _reachedGain = to;
        if (from == 0 && to == 0)
        {
            return;
        }

        var frames = block.Length / 2;
        var step = (to - from) / frames;
        // The filters and noise states are worked on as locals, so the per-sample chain stays in registers.
        var leftFilter = _left;
        var rightFilter = _right;
        var left = _noiseLeft;
        var right = _noiseRight;
        var gain = from;
        for (var i = 0; i < block.Length; i += 2)
        {
            left ^= left << 13;
            left ^= left >> 17;
            left ^= left << 5;
            right ^= right << 13;
            right ^= right >> 17;
            right ^= right << 5;
            var whiteLeft = (int)left * 4.656613e-10f;
            var whiteRight = (int)right * 4.656613e-10f;
            gain += step;
            if (bandPass)
            {
                block[i] += gain * leftFilter.BandPass(whiteLeft);
                block[i + 1] += gain * rightFilter.BandPass(whiteRight);
            }
            else
            {
                block[i] += gain * leftFilter.LowPass(whiteLeft);
                block[i + 1] += gain * rightFilter.LowPass(whiteRight);
            }
        }

        _left = leftFilter;
        _right = rightFilter;
        _noiseLeft = left;
        _noiseRight = right;
    }

    /// <summary>Cutoff, Q, band-pass or low-pass, and level of the texture at this moment.</summary>
    private (double Cutoff, double Q, bool BandPass, double Envelope) Shape(double now)
    {
        var slow = 0.5 + (0.5 * Math.Sin((2 * Math.PI * now / _slowPeriod) + _phaseOffset));
        var gust = 0.5 + (0.5 * Math.Sin((2 * Math.PI * now / _gustPeriod) + (2 * _phaseOffset)));
        switch (_texture)
        {
            case "ocean":
                var swell = Math.Pow(Wave(now), 1.5);
                return (_cutoff * (0.5 + (0.9 * swell)), 0.707, false, 0.15 + (0.85 * swell));
            case "wind":
                return (_cutoff * (0.7 + (0.6 * slow) + (0.2 * gust)), 1.5, true, 0.5 + (0.3 * slow) + (0.2 * gust));
            default:
                return (Math.Min(_cutoff * 2.5, SoftnessBounds.MaxCutoffHz), 0.6, true, 0.9 + (0.1 * slow));
        }
    }

    /// <summary>0..1 rise and fall of one wave; each wave takes its own 7 to 12 s.</summary>
    private double Wave(double now)
    {
        _wavePhase += (now - _lastTime) / _wavePeriod;
        _lastTime = now;
        if (_wavePhase >= 1)
        {
            _wavePhase -= 1;
            _wavePeriod = _random.Between(7, 12);
        }

        return 0.5 - (0.5 * Math.Cos(2 * Math.PI * _wavePhase));
    }
}
