namespace KapImmersive.Audio.Loudness;

/// <summary>A second-order IIR section (transposed direct form II, double precision). A mutable struct kept in a field.</summary>
internal struct Biquad(double b0, double b1, double b2, double a1, double a2)
{
    private double _z1;
    private double _z2;

    public double Process(double x)
    {
        var y = (b0 * x) + _z1;
        _z1 = (b1 * x) - (a1 * y) + _z2;
        _z2 = (b2 * x) - (a2 * y);
        return y;
    }

    /// <summary>Gain in dB at a frequency, from the transfer function (used to place tones at a known loudness).</summary>
    public readonly double GainDbAt(double frequencyHz, double sampleRate)
    {
        var w = 2 * Math.PI * frequencyHz / sampleRate;
        var (c1, s1, c2, s2) = (Math.Cos(w), -Math.Sin(w), Math.Cos(2 * w), -Math.Sin(2 * w));
        var numRe = b0 + (b1 * c1) + (b2 * c2);
        var numIm = (b1 * s1) + (b2 * s2);
        var denRe = 1 + (a1 * c1) + (a2 * c2);
        var denIm = (a1 * s1) + (a2 * s2);
        return 10 * Math.Log10(((numRe * numRe) + (numIm * numIm)) / ((denRe * denRe) + (denIm * denIm)));
    }
}
