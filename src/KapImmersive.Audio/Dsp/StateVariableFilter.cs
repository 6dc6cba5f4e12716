namespace KapImmersive.Audio.Dsp;

/// <summary>
/// A topology-preserving state-variable filter (Zavalishin): low, band and high pass from one structure, stable
/// when its cutoff moves every block, which the slowly breathing noise textures need. A mutable struct kept in a field.
/// </summary>
internal struct StateVariableFilter
{
    private double _a1;
    private double _a2;
    private double _a3;
    private double _k;
    private double _ic1;
    private double _ic2;

    public void Tune(double cutoffHz, double q)
    {
        var g = Math.Tan(Math.PI * Math.Clamp(cutoffHz, 10, AudioFormat.SampleRate * 0.45) / AudioFormat.SampleRate);
        var k = 1 / q;
        _k = k;
        _a1 = 1 / (1 + (g * (g + k)));
        _a2 = g * _a1;
        _a3 = g * _a2;
    }

    public float LowPass(float input)
    {
        var v3 = input - _ic2;
        var v1 = (_a1 * _ic1) + (_a2 * v3);
        var v2 = _ic2 + (_a2 * _ic1) + (_a3 * v3);
        _ic1 = (2 * v1) - _ic1;
        _ic2 = (2 * v2) - _ic2;
        return (float)v2;
    }

    /// <summary>Band-pass scaled to unity gain at the centre frequency.</summary>
    public float BandPass(float input)
    {
        var v3 = input - _ic2;
        var v1 = (_a1 * _ic1) + (_a2 * v3);
        var v2 = _ic2 + (_a2 * _ic1) + (_a3 * v3);
        _ic1 = (2 * v1) - _ic1;
        _ic2 = (2 * v2) - _ic2;
        return (float)(_k * v1);
    }
}
