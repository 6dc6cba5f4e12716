using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Adds the star field (stars.vert, stars.frag) over the sky, turned by the frame's slow drift, each star twinkling
/// gently, as much of each as the sky map lets through, through the eye mask.
/// </summary>
internal sealed class StarPass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly InstanceBuffer _stars;
    private readonly int _rotationProjection, _rotation, _time, _twinkle, _pixelsPerRadian, _viewport, _sky, _exposure;

    public StarPass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "stars.vert", "stars.frag");
        _stars = new InstanceBuffer(gl, StarLayout.MaxStars, 2, StarLayout.Create(), streamed: false);
        _rotationProjection = _program.Uniform("u_rotationProjection");
        _rotation = _program.Uniform("u_rotation");
        _time = _program.Uniform("u_time");
        _twinkle = _program.Uniform("u_twinkle");
        _pixelsPerRadian = _program.Uniform("u_pixelsPerRadian");
        _viewport = _program.Uniform("u_viewport");
        _sky = _program.Uniform("u_sky");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, in EyeView eye, int width, int height, SkyMap skyMap)
    {
        var count = StarLayout.CountFor(frame.StarDensity);
        if (count == 0)
        {
            return;
        }

        _program.Use();
        Uniforms.Set(_gl, _rotationProjection, eye.RotationProjection);
        _gl.Uniform1(_rotation, frame.StarRotationDegrees * MathF.PI / 180);
        _gl.Uniform1(_time, (float)frame.Time);
        _gl.Uniform1(_twinkle, frame.StarTwinkle);
        _gl.Uniform1(_pixelsPerRadian, height / eye.Fov.VerticalRadians);
        _gl.Uniform2(_viewport, (float)width, height);
        skyMap.Bind(0);
        _gl.Uniform1(_sky, 0);
        _gl.Uniform1(_exposure, frame.Exposure);
        Blending.Additive(_gl);
        _stars.Draw(count);
    }

    public void Dispose()
    {
        _stars.Dispose();
        _program.Dispose();
    }
}
