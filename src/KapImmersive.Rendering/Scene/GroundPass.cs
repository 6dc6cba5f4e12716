using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The ground as one eye sees it (ground.vert, ground.frag): the ground mesh lit and fogged per vertex, out to the
/// horizon, through the eye mask; drawn after the sky, over the sky's thin overlap below the horizon.
/// </summary>
internal sealed class GroundPass : IDisposable
{
    /// <summary>Farther than the mesh's outer ring, so it is never clipped; nothing is depth-tested, so precision is no concern.</summary>
    private const float Reach = GroundMesh.OuterRadius * 2;

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly GroundMesh _mesh;
    private readonly int _viewProjection, _sky, _eye, _ambient, _ground, _groundFade, _exposure;

    public GroundPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "ground.vert", "ground.frag");
        _mesh = new GroundMesh(gl);
        _viewProjection = _program.Uniform("u_viewProjection");
        _sky = _program.Uniform("u_sky");
        _eye = _program.Uniform("u_eye");
        _ambient = _program.Uniform("u_ambient");
        _ground = _program.Uniform("u_ground");
        _groundFade = _program.Uniform("u_groundFade");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, SkyMap skyMap)
    {
        _program.Use();
        skyMap.Bind(0);
        _gl.Uniform1(_sky, 0);
        Uniforms.Set(_gl, _viewProjection, eye.ViewProjectionReaching(Reach));
        Uniforms.Set(_gl, _eye, eye.Position);
        Uniforms.Set(_gl, _ambient, frame.Ambient);
        Uniforms.Set(_gl, _ground, frame.Ground);
        _gl.Uniform1(_groundFade, frame.GroundFadeDistance);
        _gl.Uniform1(_exposure, frame.Exposure);
        _gl.Disable(GlConstants.Blend);
        _mesh.Draw();
    }

    public void Dispose()
    {
        _mesh.Dispose();
        _program.Dispose();
    }
}
