using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>The uniforms of haze.glsl (and glow.glsl within it), looked up once per program and set from a frame.</summary>
internal sealed class HazeUniforms(ShaderProgram program)
{
    private readonly int _horizon = program.Uniform("u_horizon");
    private readonly int _fog = program.Uniform("u_fog");
    private readonly int _fogDensity = program.Uniform("u_fogDensity");
    private readonly int _glowColour = program.Uniform("u_glowColour");
    private readonly int _glowDirection = program.Uniform("u_glowDirection");
    private readonly int _glowIntensity = program.Uniform("u_glowIntensity");

    public void Set(IGl gl, in SceneFrame frame)
    {
        Uniforms.Set(gl, _horizon, frame.SkyHorizon);
        Uniforms.Set(gl, _fog, frame.FogColour);
        gl.Uniform1(_fogDensity, frame.FogDensity);
        Uniforms.Set(gl, _glowColour, frame.GlowColour);
        Uniforms.Set(gl, _glowDirection, Uniforms.Direction(frame.GlowAzimuthDegrees, frame.GlowElevationDegrees));
        gl.Uniform1(_glowIntensity, frame.GlowIntensity);
    }
}
