using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>skymap.frag compiled with one set of <see cref="SkyElements"/>, with its uniforms looked up once.</summary>
internal sealed class SkyMapProgram : IDisposable
{
    private readonly ShaderProgram _program;
    private readonly HazeUniforms _haze;
    private readonly SkyMapUniforms _sky;
    private readonly int _noise;

    public SkyMapProgram(IGl gl, GlFlavour flavour, SkyElements elements)
    {
        _program = new ShaderProgram(gl, flavour, "fullscreen.vert", "skymap.frag", SkyElementsOf.Defines(elements));
        _haze = new HazeUniforms(_program);
        _sky = new SkyMapUniforms(_program);
        _noise = _program.Uniform("u_noise");
    }

    public void Use(IGl gl, in SceneFrame frame, int noiseUnit)
    {
        _program.Use();
        gl.Uniform1(_noise, noiseUnit);
        _haze.Set(gl, frame);
        _sky.Set(gl, frame);
    }

    public void Dispose() => _program.Dispose();
}
