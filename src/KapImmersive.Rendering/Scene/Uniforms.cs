using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>Allocation-free uniform uploads for the types the scene passes use.</summary>
internal static class Uniforms
{
    public static void Set(IGl gl, int location, Rgb colour) => gl.Uniform3(location, colour.R, colour.G, colour.B);

    public static void Set(IGl gl, int location, Vector3 value) => gl.Uniform3(location, value.X, value.Y, value.Z);

    public static void Set(IGl gl, int location, Matrix4x4 matrix) =>
        gl.UniformMatrix4(location, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in matrix.M11), 16));

    /// <summary>A unit vector from azimuth (degrees clockwise from straight ahead, -z) and elevation above the horizon.</summary>
    public static Vector3 Direction(float azimuthDegrees, float elevationDegrees)
    {
        var azimuth = azimuthDegrees * MathF.PI / 180;
        var elevation = elevationDegrees * MathF.PI / 180;
        return new Vector3(MathF.Sin(azimuth) * MathF.Cos(elevation), MathF.Sin(elevation), -MathF.Cos(azimuth) * MathF.Cos(elevation));
    }
}
