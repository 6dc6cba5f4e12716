using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>Adds the drifting motes (motes.vert, motes.frag), moved once per frame time and shared by both eyes.</summary>
internal sealed class MotePass : IDisposable
{
    /// <summary>Motes closer than this to an eye are not drawn (nothing sweeps past the face); they fade in over the next metre.</summary>
    public const float NearMetres = 1.5f;

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly InstanceBuffer _instances;
    private readonly int _viewProjection, _eye, _colour, _time, _pixelsPerRadian, _viewport, _nearMetres, _exposure;
    private double _uploadedTime = double.NaN;

    public MotePass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "motes.vert", "motes.frag");
        _instances = new InstanceBuffer(gl, MoteField.MaxMotes, 2, Field.Instances, streamed: true);
        _viewProjection = _program.Uniform("u_viewProjection");
        _eye = _program.Uniform("u_eye");
        _colour = _program.Uniform("u_colour");
        _time = _program.Uniform("u_time");
        _pixelsPerRadian = _program.Uniform("u_pixelsPerRadian");
        _viewport = _program.Uniform("u_viewport");
        _nearMetres = _program.Uniform("u_nearMetres");
        _exposure = _program.Uniform("u_exposure");
    }

    public MoteField Field { get; } = new();

    public void Draw(in SceneFrame frame, in EyeView eye, int width, int height)
    {
        var count = MoteField.CountFor(frame.MoteDensity);
        if (count == 0)
        {
            return;
        }

        if (frame.Time != _uploadedTime)
        {
            Field.MoveTo(frame.Time, frame.MoteSpeed);
            _instances.Update(Field.Instances);
            _uploadedTime = frame.Time;
        }

        _program.Use();
        Uniforms.Set(_gl, _viewProjection, eye.ViewProjection);
        Uniforms.Set(_gl, _eye, eye.Position);
        Uniforms.Set(_gl, _colour, frame.MoteColour);
        _gl.Uniform1(_time, (float)frame.Time);
        _gl.Uniform1(_pixelsPerRadian, height / eye.Fov.VerticalRadians);
        _gl.Uniform2(_viewport, (float)width, height);
        _gl.Uniform1(_nearMetres, NearMetres);
        _gl.Uniform1(_exposure, frame.Exposure);
        Blending.Additive(_gl);
        _instances.Draw(count);
    }

    public void Dispose()
    {
        _instances.Dispose();
        _program.Dispose();
    }
}
