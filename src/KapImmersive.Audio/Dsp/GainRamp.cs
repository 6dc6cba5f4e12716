using System.Numerics;
using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Dsp;

/// <summary>
/// Per-sample gain smoothing: each block the gain moves in a straight line from where it was to the new target,
/// so a change of level is spread over the block instead of stepping (a step is a click).
/// </summary>
internal struct GainRamp
{
    public float Current { get; private set; }

    /// <summary>Multiplies <paramref name="interleaved"/> by a ramp from the current gain to <paramref name="target"/>.</summary>
    public void Apply(Span<float> interleaved, float target)
    {
        var from = Current;
        Current = target;
        if (from == target)
        {
            if (target != 1f)
            {
                Scale(interleaved, target);
            }

            return;
        }

        var frames = interleaved.Length / 2;
        var step = (target - from) / frames;
        var lanes = Vector<float>.Count;
        Span<float> start = stackalloc float[lanes];
        for (var lane = 0; lane < lanes; lane++)
        {
            start[lane] = from + (step * (lane >> 1));
        }

        var gain = new Vector<float>(start);
        var gainStep = new Vector<float>(step * (lanes / 2));
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(interleaved);
        for (var v = 0; v < vectors.Length; v++)
        {
            vectors[v] *= gain;
            gain += gainStep;
        }
    }

    private static void Scale(Span<float> interleaved, float gain)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(interleaved);
        var g = new Vector<float>(gain);
        for (var v = 0; v < vectors.Length; v++)
        {
            vectors[v] *= g;
        }
    }
}
