using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>Copies the scene buffer to the target through the frame's exposure and the dither (exposure.frag).</summary>
internal sealed class ExposurePass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _triangle;
    private readonly int _scene, _exposure;

    public ExposurePass(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "fullscreen.vert", "exposure.frag");
        _triangle = new EmptyVertexArray(gl);
        _scene = _program.Uniform("u_scene");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, TextureFramebuffer scene)
    {
        _program.Use();
        _gl.ActiveTexture(GlConstants.Texture0);
        _gl.BindTexture(GlConstants.Texture2D, scene.Texture);
        _gl.Uniform1(_scene, 0);
        _gl.Uniform1(_exposure, frame.Exposure);
        _gl.Disable(GlConstants.Blend);
        _triangle.DrawFullscreenTriangle();
    }

    public void Dispose()
    {
        _triangle.Dispose();
        _program.Dispose();
    }
}
