using System.Numerics;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// A program that draws one side of the horizon (horizon.vert with a fragment shader of its own), for the sky and
/// ground passes: it works out the polygon for the eye and draws it as a fan. Setting its own uniforms is the caller's.
/// </summary>
internal sealed class HorizonPart : IDisposable
{
    private readonly IGl _gl;
    private readonly bool _above;
    private readonly EmptyVertexArray _fan;
    private readonly int _invRotationProjection;
    private readonly int[] _corners = new int[HorizonSplit.MaxCorners];

    public HorizonPart(IGl gl, GlFlavour flavour, string fragmentFile, bool above)
    {
        _gl = gl;
        _above = above;
        Program = new ShaderProgram(gl, flavour, "horizon.vert", fragmentFile);
        _fan = new EmptyVertexArray(gl);
        _invRotationProjection = Program.Uniform("u_invRotationProjection");
        for (var i = 0; i < _corners.Length; i++)
        {
            _corners[i] = Program.Uniform($"u_corners[{i}]");
        }
    }

    public ShaderProgram Program { get; }

    /// <summary>Uses the program and sets the eye's polygon; false (nothing to draw) when this side is out of view.</summary>
    public bool Begin(in EyeView eye, out int cornerCount)
    {
        Matrix4x4.Invert(eye.RotationProjection, out var inverse);
        Span<Vector2> corners = stackalloc Vector2[HorizonSplit.MaxCorners];
        cornerCount = HorizonSplit.Part(inverse, _above, corners);
        if (cornerCount == 0)
        {
            return false;
        }

        Program.Use();
        Uniforms.Set(_gl, _invRotationProjection, inverse);
        for (var i = 0; i < cornerCount; i++)
        {
            _gl.Uniform2(_corners[i], corners[i].X, corners[i].Y);
        }

        return true;
    }

    public void Draw(int cornerCount) => _fan.DrawFan(cornerCount);

    public void Dispose()
    {
        _fan.Dispose();
        Program.Dispose();
    }
}
