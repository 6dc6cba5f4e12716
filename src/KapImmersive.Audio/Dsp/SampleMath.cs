using System.Numerics;
using System.Runtime.InteropServices;

namespace KapImmersive.Audio.Dsp;

/// <summary>Vectorised helpers for whole blocks of samples.</summary>
internal static class SampleMath
{
    /// <summary>destination += source, element by element (equal lengths, whole vectors).</summary>
    public static void AddInto(Span<float> destination, ReadOnlySpan<float> source)
    {
        var d = MemoryMarshal.Cast<float, Vector<float>>(destination);
        var s = MemoryMarshal.Cast<float, Vector<float>>(source);
        for (var i = 0; i < d.Length; i++)
        {
            d[i] += s[i];
        }

        for (var i = d.Length * Vector<float>.Count; i < destination.Length; i++)
        {
            destination[i] += source[i];
        }
    }
}
