using System.Numerics;
using KapImmersive.Core.Scene;
using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Scene;

/// <summary>Allocation-free uniform uploads for the types the scene passes use.</summary>
internal static class Uniforms
{
    public static void Set(GL gl, int location, Rgb colour) => gl.Uniform3(location, colour.R, colour.G, colour.B);

    public static void Set(GL gl, int location, Vector3 value) => gl.Uniform3(location, value.X, value.Y, value.Z);

    public static unsafe void Set(GL gl, int location, Matrix4x4 matrix) => gl.UniformMatrix4(location, 1, false, (float*)&matrix);

    /// <summary>A unit vector from azimuth (degrees clockwise from straight ahead, -z) and elevation above the horizon.</summary>
    public static Vector3 Direction(float azimuthDegrees, float elevationDegrees)
    {
        var azimuth = azimuthDegrees * MathF.PI / 180;
        var elevation = elevationDegrees * MathF.PI / 180;
        return new Vector3(MathF.Sin(azimuth) * MathF.Cos(elevation), MathF.Sin(elevation), -MathF.Cos(azimuth) * MathF.Cos(elevation));
    }
}
