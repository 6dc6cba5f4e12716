using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Adds the moon's disc (moon.vert, moon.frag), drawn sharp per eye over the sky map's soft halo; its lit side faces the
/// sky's glow. Nothing is drawn without a moon.
/// </summary>
internal sealed class MoonPass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _quad;
    private readonly int _rotationProjection, _moon, _sideways, _upwards, _lit, _presence, _eye, _roomWeight, _sky, _exposure;

    public MoonPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "moon.vert", "moon.frag");
        _quad = new EmptyVertexArray(gl);
        _rotationProjection = _program.Uniform("u_rotationProjection");
        _moon = _program.Uniform("u_moon");
        _sideways = _program.Uniform("u_sideways");
        _upwards = _program.Uniform("u_upwards");
        _lit = _program.Uniform("u_lit");
        _presence = _program.Uniform("u_presence");
        _eye = _program.Uniform("u_eye");
        _roomWeight = _program.Uniform("u_roomWeight");
        _sky = _program.Uniform("u_sky");
        _exposure = _program.Uniform("u_exposure");
    }

    /// <summary>Moonlight's colour, a cool silver (the disc, its halo in skymap.frag, its glade).</summary>
    public static readonly Rgb MoonColour = new(0.80f, 0.84f, 0.92f);

    /// <summary>How much the moon lights the sky, the clouds and the water: its presence, more when fuller.</summary>
    public static float LightOf(in MoonFrame moon) => moon.Presence * (0.25f + (0.75f * moon.Lit));

    /// <param name="weight">How much of the moon to add: less than 1 over a sky laid at that weight while presets dissolve.</param>
    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap, float roomWeight, float weight)
    {
        var moon = frame.Moon;
        if (moon.Presence <= 0)
        {
            return;
        }

        var toMoon = Uniforms.Direction(moon.AzimuthDegrees, moon.ElevationDegrees);
        var toGlow = Uniforms.Direction(frame.GlowAzimuthDegrees, frame.GlowElevationDegrees);
        var sideways = toGlow - (toMoon * Vector3.Dot(toGlow, toMoon));
        sideways = sideways.LengthSquared() < 1e-4f ? Vector3.Normalize(Vector3.Cross(Vector3.UnitY, toMoon)) : Vector3.Normalize(sideways);
        var upwards = Vector3.Cross(toMoon, sideways);
        _program.Use();
        Uniforms.Set(_gl, _rotationProjection, eye.RotationProjection);
        _gl.Uniform4(_moon, toMoon.X, toMoon.Y, toMoon.Z, moon.SizeDegrees * MathF.PI / 360);
        Uniforms.Set(_gl, _sideways, sideways);
        Uniforms.Set(_gl, _upwards, upwards);
        _gl.Uniform1(_lit, moon.Lit);
        _gl.Uniform1(_presence, moon.Presence);
        Uniforms.Set(_gl, _eye, eye.Position);
        _gl.Uniform1(_roomWeight, roomWeight);
        skyMap.Bind(0);
        _gl.Uniform1(_sky, 0);
        _gl.Uniform1(_exposure, frame.Exposure * weight);
        Blending.Additive(_gl);
        _quad.DrawQuad();
    }

    public void Dispose()
    {
        _quad.Dispose();
        _program.Dispose();
    }
}
