using System.Numerics;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>What the land and the sea programs share: the view, the sky map, the ground's colour and fade, the light, the eye mask, the weight.</summary>
internal sealed class GroundUniforms(ShaderProgram program)
{
    private readonly int _viewProjection = program.Uniform("u_viewProjection");
    private readonly int _sky = program.Uniform("u_sky");
    private readonly int _eye = program.Uniform("u_eye");
    private readonly int _ambient = program.Uniform("u_ambient");
    private readonly int _ground = program.Uniform("u_ground");
    private readonly int _groundFade = program.Uniform("u_groundFade");
    private readonly int _exposure = program.Uniform("u_exposure");
    private readonly int _weight = program.Uniform("u_weight");

    public void Set(IGl gl, in SceneFrame frame, in EyeView eye, in Matrix4x4 viewProjection, SkyMap skyMap, float weight)
    {
        skyMap.Bind(0);
        gl.Uniform1(_sky, 0);
        Uniforms.Set(gl, _viewProjection, viewProjection);
        Uniforms.Set(gl, _eye, eye.Position);
        Uniforms.Set(gl, _ambient, frame.Ambient);
        Uniforms.Set(gl, _ground, frame.Ground);
        gl.Uniform1(_groundFade, frame.GroundFadeDistance);
        gl.Uniform1(_exposure, frame.Exposure);
        gl.Uniform1(_weight, weight);
    }
}
