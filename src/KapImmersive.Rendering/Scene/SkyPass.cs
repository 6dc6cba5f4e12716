using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>Draws the sky dome, its glow and the foggy ground (sky.frag); everything later is drawn over it.</summary>
internal sealed class SkyPass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _triangle;
    private readonly int _invRotationProjection, _eye, _zenith, _horizon, _glowColour, _glowDirection, _glowIntensity;
    private readonly int _ambient, _ground, _groundFade, _fog, _fogDensity;

    public SkyPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "fullscreen.vert", "sky.frag");
        _triangle = new EmptyVertexArray(gl);
        _invRotationProjection = _program.Uniform("u_invRotationProjection");
        _eye = _program.Uniform("u_eye");
        _zenith = _program.Uniform("u_zenith");
        _horizon = _program.Uniform("u_horizon");
        _glowColour = _program.Uniform("u_glowColour");
        _glowDirection = _program.Uniform("u_glowDirection");
        _glowIntensity = _program.Uniform("u_glowIntensity");
        _ambient = _program.Uniform("u_ambient");
        _ground = _program.Uniform("u_ground");
        _groundFade = _program.Uniform("u_groundFade");
        _fog = _program.Uniform("u_fog");
        _fogDensity = _program.Uniform("u_fogDensity");
    }

    public void Draw(in SceneFrame frame, in EyeView eye)
    {
        Matrix4x4.Invert(eye.RotationProjection, out var inverse);
        _program.Use();
        Uniforms.Set(_gl, _invRotationProjection, inverse);
        Uniforms.Set(_gl, _eye, eye.Position);
        Uniforms.Set(_gl, _zenith, frame.SkyZenith);
        Uniforms.Set(_gl, _horizon, frame.SkyHorizon);
        Uniforms.Set(_gl, _glowColour, frame.GlowColour);
        Uniforms.Set(_gl, _glowDirection, Uniforms.Direction(frame.GlowAzimuthDegrees, frame.GlowElevationDegrees));
        _gl.Uniform1(_glowIntensity, frame.GlowIntensity);
        Uniforms.Set(_gl, _ambient, frame.Ambient);
        Uniforms.Set(_gl, _ground, frame.Ground);
        _gl.Uniform1(_groundFade, frame.GroundFadeDistance);
        Uniforms.Set(_gl, _fog, frame.FogColour);
        _gl.Uniform1(_fogDensity, frame.FogDensity);
        _gl.Disable(GlConstants.Blend);
        _triangle.DrawFullscreenTriangle();
    }

    public void Dispose()
    {
        _triangle.Dispose();
        _program.Dispose();
    }
}
