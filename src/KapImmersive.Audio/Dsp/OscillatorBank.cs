using System.Numerics;
using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Dsp;

/// <summary>
/// Sine oscillators summed into interleaved stereo, several frames per SIMD vector. Each oscillator is a rotating
/// phasor carried from block to block (a complex multiply per vector step; sines are only computed when a frequency
/// changes), renormalised every block so it never drifts in level. Its amplitude ramps linearly across the block
/// towards the value set for the block's end, so no level ever steps.
/// </summary>
internal sealed class OscillatorBank
{
    private readonly double[] _re;
    private readonly double[] _im;
    private readonly float[] _frequency;
    private readonly float[] _amplitude;
    private readonly float[] _reached;
    private readonly float[] _panLeft;
    private readonly float[] _panRight;
    private readonly float[] _stepFrequency;
    private readonly double[] _stepRe;
    private readonly double[] _stepIm;
    private readonly float[] _laneRe = new float[Vector<float>.Count];
    private readonly float[] _laneIm = new float[Vector<float>.Count];
    private readonly float[] _laneGain = new float[Vector<float>.Count];
    private readonly float[] _laneGainStep = new float[Vector<float>.Count];

    public OscillatorBank(int count)
    {
        _re = new double[count];
        _im = new double[count];
        _frequency = new float[count];
        _amplitude = new float[count];
        _reached = new float[count];
        _panLeft = new float[count];
        _panRight = new float[count];
        _stepFrequency = new float[count];
        _stepRe = new double[count];
        _stepIm = new double[count];
        _re.AsSpan().Fill(1);
        _stepRe.AsSpan().Fill(1);
        _panLeft.AsSpan().Fill(0.7071f);
        _panRight.AsSpan().Fill(0.7071f);
    }

    public int Count => _re.Length;

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

    public void Restart(int index, double phaseCycles)
    {
        _re[index] = Math.Cos(2 * Math.PI * phaseCycles);
        _im[index] = Math.Sin(2 * Math.PI * phaseCycles);
    }

    public bool IsSilent(int index) => _amplitude[index] == 0 && _reached[index] == 0;

    /// <summary>Adds every sounding oscillator into <paramref name="interleaved"/>: whole SIMD vectors of samples.</summary>
    public void Render(Span<float> interleaved)
    {
        if (interleaved.Length % Vector<float>.Count != 0)
        {
            throw new ArgumentException($"oscillators render whole multiples of {Vector<float>.Count / 2} frames", nameof(interleaved));
        }

        var frames = interleaved.Length / 2;
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(interleaved);
        for (var i = 0; i < _re.Length; i++)
        {
            var from = _reached[i];
            var to = _amplitude[i];
            _reached[i] = to;
            if (from != 0 || to != 0)
            {
                RenderOne(i, vectors, frames, from, to);
            }
        }
    }

    private void RenderOne(int i, Span<Vector<float>> vectors, int frames, float from, float to)
    {
        var lanes = Vector<float>.Count;
        var framesPerVector = lanes / 2;
        if (_frequency[i] != _stepFrequency[i])
        {
            var omega = 2 * Math.PI * _frequency[i] / AudioFormat.SampleRate;
            _stepFrequency[i] = _frequency[i];
            _stepRe[i] = Math.Cos(omega);
            _stepIm[i] = Math.Sin(omega);
        }

        var (stepRe, stepIm) = (_stepRe[i], _stepIm[i]);
        var (re, im) = (_re[i], _im[i]);
        var step = (to - from) / frames;
        for (var frame = 0; frame < framesPerVector; frame++)
        {
            for (var channel = 0; channel < 2; channel++)
            {
                var lane = (2 * frame) + channel;
                var pan = channel == 0 ? _panLeft[i] : _panRight[i];
                _laneRe[lane] = (float)re;
                _laneIm[lane] = (float)im;
                _laneGain[lane] = (from + (step * frame)) * pan;
                _laneGainStep[lane] = step * framesPerVector * pan;
            }

            (re, im) = ((re * stepRe) - (im * stepIm), (re * stepIm) + (im * stepRe));
        }

        // (re, im) has now turned by one vector's worth of frames: that is the per-vector rotation.
        var (startRe, startIm) = (_re[i], _im[i]);
        var turnRe = (float)((re * startRe) + (im * startIm));
        var turnIm = (float)((im * startRe) - (re * startIm));
        var re0 = new Vector<float>(_laneRe);
        var im0 = new Vector<float>(_laneIm);
        var gain0 = new Vector<float>(_laneGain);
        var gainStep = new Vector<float>(_laneGainStep);

        // Two phasor chains (even and odd vectors), each turning two vectors at a time, so the multiplies of one
        // overlap the other's instead of waiting on them.
        var turn1Re = new Vector<float>(turnRe);
        var turn1Im = new Vector<float>(turnIm);
        var turn2Re = new Vector<float>((turnRe * turnRe) - (turnIm * turnIm));
        var turn2Im = new Vector<float>(2 * turnRe * turnIm);
        var re1 = (re0 * turn1Re) - (im0 * turn1Im);
        var im1 = (re0 * turn1Im) + (im0 * turn1Re);
        var gain1 = gain0 + gainStep;
        var gainStep2 = gainStep + gainStep;
        var v = 0;
        for (; v + 1 < vectors.Length; v += 2)
        {
            vectors[v] += re0 * gain0;
            vectors[v + 1] += re1 * gain1;
            gain0 += gainStep2;
            gain1 += gainStep2;
            var nextRe0 = (re0 * turn2Re) - (im0 * turn2Im);
            im0 = (re0 * turn2Im) + (im0 * turn2Re);
            re0 = nextRe0;
            var nextRe1 = (re1 * turn2Re) - (im1 * turn2Im);
            im1 = (re1 * turn2Im) + (im1 * turn2Re);
            re1 = nextRe1;
        }

        if (v < vectors.Length)
        {
            vectors[v] += re0 * gain0;
            var nextRe0 = (re0 * turn1Re) - (im0 * turn1Im);
            im0 = (re0 * turn1Im) + (im0 * turn1Re);
            re0 = nextRe0;
        }

        // Chain 0 now holds the phasor at the next block's first frame; renormalise so its level never drifts.
        var magnitude = Math.Sqrt((re0[0] * (double)re0[0]) + (im0[0] * (double)im0[0]));
        _re[i] = re0[0] / magnitude;
        _im[i] = im0[0] / magnitude;
    }
}
