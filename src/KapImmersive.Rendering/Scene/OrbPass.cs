using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Draws the breathing light where the room keeps it, a little below eye level ahead of the patient: its size and
/// halo are the frame's, its colour a pale tint of the sky's glow, its opacity the breathing guidance's presence.
/// </summary>
internal sealed class OrbPass : IDisposable
{
    public const float RestingRadiusMetres = 0.07f;

    public static readonly Vector3 Centre = new(0, 1.0f, -1.8f);

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _quad;
    private readonly int _view, _projection, _centre, _radius, _colour, _presence, _glow, _exposure;

    public OrbPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "orb.vert", "orb.frag");
        _quad = new EmptyVertexArray(gl);
        _view = _program.Uniform("u_view");
        _projection = _program.Uniform("u_projection");
        _centre = _program.Uniform("u_centre");
        _radius = _program.Uniform("u_radius");
        _colour = _program.Uniform("u_colour");
        _presence = _program.Uniform("u_presence");
        _glow = _program.Uniform("u_glow");
        _exposure = _program.Uniform("u_exposure");
    }

    public static Rgb ColourOf(in SceneFrame frame) => Rgb.Lerp(frame.GlowColour, new Rgb(1, 0.97f, 0.92f), 0.6f);

    public void Draw(in SceneFrame frame, in EyeView eye)
    {
        if (frame.BreathPresence <= 0)
        {
            return;
        }

        _program.Use();
        Uniforms.Set(_gl, _view, eye.View);
        Uniforms.Set(_gl, _projection, eye.Projection);
        Uniforms.Set(_gl, _centre, Centre);
        _gl.Uniform1(_radius, RestingRadiusMetres * frame.BreathLightScale);
        Uniforms.Set(_gl, _colour, ColourOf(frame));
        _gl.Uniform1(_presence, frame.BreathPresence);
        _gl.Uniform1(_glow, frame.BreathLightGlow);
        _gl.Uniform1(_exposure, frame.Exposure);
        Blending.Additive(_gl);
        _quad.DrawQuad();
    }

    public void Dispose()
    {
        _quad.Dispose();
        _program.Dispose();
    }
}
