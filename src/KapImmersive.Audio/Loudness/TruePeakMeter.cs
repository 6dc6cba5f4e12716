using System.Numerics;

namespace KapImmersive.Audio.Loudness;

/// <summary>
/// True-peak estimate per BS.1770-4 annex 2: each channel oversampled four times through a windowed-sinc
/// interpolator (16 taps a phase, Blackman-Harris), and the largest magnitude kept.
/// </summary>
internal sealed class TruePeakMeter
{
    private const int Factor = 4;
    private const int TapsPerPhase = 16;
    private readonly float[][] _phases = new float[Factor][];
    private readonly float[][] _history = [new float[2 * TapsPerPhase], new float[2 * TapsPerPhase]];
    private int _position;

    public TruePeakMeter()
    {
        const int length = Factor * TapsPerPhase;
        const double centre = length / 2;
        for (var phase = 0; phase < Factor; phase++)
        {
            _phases[phase] = new float[TapsPerPhase];
            for (var tap = 0; tap < TapsPerPhase; tap++)
            {
                // The newest sample sits at tap 0, so tap k weighs x[n-k]: filter index = phase + Factor * k.
                var n = (Factor - 1 - phase) + (Factor * tap);
                var x = (n - centre) / Factor;
                var sinc = x == 0 ? 1 : Math.Sin(Math.PI * x) / (Math.PI * x);
                var w = 2 * Math.PI * n / length;
                var window = 0.35875 - (0.48829 * Math.Cos(w)) + (0.14128 * Math.Cos(2 * w)) - (0.01168 * Math.Cos(3 * w));
                _phases[phase][TapsPerPhase - 1 - tap] = (float)(sinc * window);
            }

            // Each phase passes a constant unchanged, so a steady level never reads high.
            var sum = _phases[phase].Sum();
            for (var tap = 0; tap < TapsPerPhase; tap++)
            {
                _phases[phase][tap] /= sum;
            }
        }
    }

    public double Peak { get; private set; }

    public double Dbtp => Peak > 0 ? 20 * Math.Log10(Peak) : double.NegativeInfinity;

    public void Add(ReadOnlySpan<float> interleaved)
    {
        var peak = Peak;
        for (var i = 0; i < interleaved.Length; i += 2)
        {
            var slot = _position;
            _position = (_position + 1) % TapsPerPhase;
            for (var channel = 0; channel < 2; channel++)
            {
                var history = _history[channel];
                var sample = interleaved[i + channel];
                history[slot] = sample;
                history[slot + TapsPerPhase] = sample;
                var window = history.AsSpan(slot + 1, TapsPerPhase);
                for (var phase = 0; phase < Factor; phase++)
                {
                    var value = Math.Abs(Dot(_phases[phase], window));
                    if (value > peak)
                    {
                        peak = value;
                    }
                }
            }
        }

        Peak = peak;
    }

    private static float Dot(ReadOnlySpan<float> taps, ReadOnlySpan<float> window)
    {
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var acc = Vector<float>.Zero;
            for (; i <= taps.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(taps[i..]) * new Vector<float>(window[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < taps.Length; i++)
        {
            sum += taps[i] * window[i];
        }

        return sum;
    }
}
