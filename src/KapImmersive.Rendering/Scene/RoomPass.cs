using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The room as one eye sees it, in one full-screen pass straight into the target (room.vert, room.frag): the sky map
/// above the horizon, the ground below, through the eye mask and the dither. Everything later is added over it.
/// </summary>
internal sealed class RoomPass : IDisposable
{
    private const int SkyUnit = 0;
    private const int NoiseUnit = 1;

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _triangle;
    private readonly NoiseTexture _noise;
    private readonly int _invRotationProjection, _sky, _noiseSampler, _eye, _ambient, _ground, _groundFade, _fogDensity, _exposure;

    public RoomPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "room.vert", "room.frag");
        _triangle = new EmptyVertexArray(gl);
        _noise = new NoiseTexture(gl, seed: 5);
        _invRotationProjection = _program.Uniform("u_invRotationProjection");
        _sky = _program.Uniform("u_sky");
        _noiseSampler = _program.Uniform("u_noise");
        _eye = _program.Uniform("u_eye");
        _ambient = _program.Uniform("u_ambient");
        _ground = _program.Uniform("u_ground");
        _groundFade = _program.Uniform("u_groundFade");
        _fogDensity = _program.Uniform("u_fogDensity");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap)
    {
        Matrix4x4.Invert(eye.RotationProjection, out var inverse);
        _program.Use();
        skyMap.Bind(SkyUnit);
        _gl.Uniform1(_sky, SkyUnit);
        _gl.ActiveTexture(GlConstants.Texture0 + NoiseUnit);
        _gl.BindTexture(GlConstants.Texture2D, _noise.Handle);
        _gl.Uniform1(_noiseSampler, NoiseUnit);
        Uniforms.Set(_gl, _invRotationProjection, inverse);
        Uniforms.Set(_gl, _eye, eye.Position);
        Uniforms.Set(_gl, _ambient, frame.Ambient);
        Uniforms.Set(_gl, _ground, frame.Ground);
        _gl.Uniform1(_groundFade, frame.GroundFadeDistance);
        _gl.Uniform1(_fogDensity, frame.FogDensity);
        _gl.Uniform1(_exposure, frame.Exposure);
        _gl.Disable(GlConstants.Blend);
        _triangle.DrawFullscreenTriangle();
    }

    public void Dispose()
    {
        _noise.Dispose();
        _triangle.Dispose();
        _program.Dispose();
    }
}
