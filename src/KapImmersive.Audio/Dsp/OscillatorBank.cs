using System.Numerics;
using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Dsp;

/// <summary>
/// Sine oscillators summed into interleaved stereo, several frames per SIMD vector. Each oscillator is a rotating
/// phasor (a complex multiply per vector step, no sine call per sample) restarted exactly from its phase every block,
/// and its amplitude ramps linearly across the block towards the value set for the block's end, so no level steps.
/// </summary>
internal sealed class OscillatorBank
{
    private readonly double[] _phase;
    private readonly float[] _frequency;
    private readonly float[] _amplitude;
    private readonly float[] _reached;
    private readonly float[] _panLeft;
    private readonly float[] _panRight;
    private readonly float[] _laneRe = new float[Vector<float>.Count];
    private readonly float[] _laneIm = new float[Vector<float>.Count];
    private readonly float[] _laneGain = new float[Vector<float>.Count];
    private readonly float[] _laneGainStep = new float[Vector<float>.Count];

    public OscillatorBank(int count)
    {
        _phase = new double[count];
        _frequency = new float[count];
        _amplitude = new float[count];
        _reached = new float[count];
        _panLeft = new float[count];
        _panRight = new float[count];
        _panLeft.AsSpan().Fill(0.7071f);
        _panRight.AsSpan().Fill(0.7071f);
    }

    public int Count => _phase.Length;

    /// <summary>Constant-power pan: -1 left .. 0 centre .. +1 right.</summary>
    public void SetPan(int index, float pan)
    {
        var angle = (Math.Clamp(pan, -1f, 1f) + 1f) * MathF.PI / 4f;
        _panLeft[index] = MathF.Cos(angle);
        _panRight[index] = MathF.Sin(angle);
    }

    public void Set(int index, float frequencyHz, float amplitude)
    {
        _frequency[index] = frequencyHz;
        _amplitude[index] = amplitude;
    }

    public void Restart(int index, double phaseCycles) => _phase[index] = phaseCycles - Math.Floor(phaseCycles);

    public bool IsSilent(int index) => _amplitude[index] == 0 && _reached[index] == 0;

    /// <summary>Adds every oscillator into <paramref name="interleaved"/> (whole vectors of frames).</summary>
    public void Render(Span<float> interleaved)
    {
        var frames = interleaved.Length / 2;
        var lanes = Vector<float>.Count;
        var framesPerVector = lanes / 2;
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(interleaved);
        for (var i = 0; i < _phase.Length; i++)
        {
            var from = _reached[i];
            var to = _amplitude[i];
            var omega = 2 * Math.PI * _frequency[i] / AudioFormat.SampleRate;
            if (from != 0 || to != 0)
            {
                var start = 2 * Math.PI * _phase[i];
                var step = (to - from) / frames;
                for (var lane = 0; lane < lanes; lane++)
                {
                    var frame = lane >> 1;
                    var pan = (lane & 1) == 0 ? _panLeft[i] : _panRight[i];
                    var angle = start + (frame * omega);
                    _laneRe[lane] = (float)Math.Cos(angle);
                    _laneIm[lane] = (float)Math.Sin(angle);
                    _laneGain[lane] = (from + (step * frame)) * pan;
                    _laneGainStep[lane] = step * framesPerVector * pan;
                }

                var re = new Vector<float>(_laneRe);
                var im = new Vector<float>(_laneIm);
                var gain = new Vector<float>(_laneGain);
                var gainStep = new Vector<float>(_laneGainStep);
                var turnRe = new Vector<float>((float)Math.Cos(framesPerVector * omega));
                var turnIm = new Vector<float>((float)Math.Sin(framesPerVector * omega));
                for (var v = 0; v < vectors.Length; v++)
                {
                    vectors[v] += re * gain;
                    gain += gainStep;
                    var nextRe = (re * turnRe) - (im * turnIm);
                    im = (re * turnIm) + (im * turnRe);
                    re = nextRe;
                }
            }

            _reached[i] = to;
            var advanced = _phase[i] + (_frequency[i] * (double)frames / AudioFormat.SampleRate);
            _phase[i] = advanced - Math.Floor(advanced);
        }
    }
}
