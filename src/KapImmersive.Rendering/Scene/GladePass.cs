using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Adds the glade to a sea (glade.vert, glade.frag): the moon's, or with no moon the glow's when it stands above the
/// horizon, on a wedge of water beneath it. Weighted like the sea it lies on while presets dissolve.
/// </summary>
internal sealed class GladePass : IDisposable
{
    private const int Vertices = 2 * (24 + 1);

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _strip;
    private readonly int _viewProjection, _eye, _azimuth, _source, _sourceLight, _time, _exposure;

    public GladePass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "glade.vert", "glade.frag");
        _strip = new EmptyVertexArray(gl);
        _viewProjection = _program.Uniform("u_viewProjection");
        _eye = _program.Uniform("u_eye");
        _azimuth = _program.Uniform("u_azimuth");
        _source = _program.Uniform("u_source");
        _sourceLight = _program.Uniform("u_sourceLight");
        _time = _program.Uniform("u_time");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, float weight)
    {
        var moon = frame.Moon;
        var (azimuth, elevation, light) = moon.Presence > 0
            ? (moon.AzimuthDegrees, moon.ElevationDegrees, MoonPass.MoonColour.Scale(MoonPass.LightOf(moon) * 0.45f))
            : (frame.GlowAzimuthDegrees, frame.GlowElevationDegrees, frame.GlowColour.Scale(frame.GlowIntensity * 1.1f));
        if (weight <= 0 || elevation <= 0 || light.Luminance <= 0)
        {
            return;
        }

        var source = Uniforms.Direction(azimuth, elevation);
        _program.Use();
        Uniforms.Set(_gl, _viewProjection, eye.ViewProjectionReaching(GroundMesh.OuterRadius));
        Uniforms.Set(_gl, _eye, eye.Position);
        _gl.Uniform1(_azimuth, azimuth * MathF.PI / 180);
        Uniforms.Set(_gl, _source, source);
        Uniforms.Set(_gl, _sourceLight, light.Scale(weight));
        _gl.Uniform1(_time, (float)(frame.Time % 3600));
        _gl.Uniform1(_exposure, frame.Exposure);
        Blending.Additive(_gl);
        _strip.DrawStrip(Vertices);
    }

    public void Dispose()
    {
        _strip.Dispose();
        _program.Dispose();
    }
}
