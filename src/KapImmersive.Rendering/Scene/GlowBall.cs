using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// A soft ball of light with a wide halo (orb.vert, orb.frag), added to the room through the eye mask: the breathing
/// light, and the room's paper lamp.
/// </summary>
internal sealed class GlowBall : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _quad;
    private readonly int _view, _projection, _centre, _radius, _extent, _colour, _presence, _glow, _exposure;

    public GlowBall(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "orb.vert", "orb.frag");
        _quad = new EmptyVertexArray(gl);
        _view = _program.Uniform("u_view");
        _projection = _program.Uniform("u_projection");
        _centre = _program.Uniform("u_centre");
        _radius = _program.Uniform("u_radius");
        _extent = _program.Uniform("u_extent");
        _colour = _program.Uniform("u_colour");
        _presence = _program.Uniform("u_presence");
        _glow = _program.Uniform("u_glow");
        _exposure = _program.Uniform("u_exposure");
    }

    /// <param name="extent">How far out, in radii, the halo reaches: the billboard's size, so what is drawn is all that costs.</param>
    public void Draw(in EyeView eye, Vector3 centre, float radius, float extent, Rgb colour, float presence, float glow, float exposure)
    {
        _program.Use();
        Uniforms.Set(_gl, _view, eye.View);
        Uniforms.Set(_gl, _projection, eye.Projection);
        Uniforms.Set(_gl, _centre, centre);
        _gl.Uniform1(_radius, radius);
        _gl.Uniform1(_extent, extent);
        Uniforms.Set(_gl, _colour, colour);
        _gl.Uniform1(_presence, presence);
        _gl.Uniform1(_glow, glow);
        _gl.Uniform1(_exposure, exposure);
        Blending.Additive(_gl);
        _quad.DrawQuad();
    }

    public void Dispose()
    {
        _quad.Dispose();
        _program.Dispose();
    }
}
