using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Scene;

/// <summary>Copies the scene buffer to the target through the frame's exposure and the dither.</summary>
internal sealed class ExposurePass : IDisposable
{
    private readonly GL _gl;
    private readonly ShaderProgram _program;
    private readonly uint _vertexArray;
    private readonly int _scene, _exposure;

    public ExposurePass(GL gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "exposure", Fullscreen.VertexShader, ExposureShader.Fragment);
        _vertexArray = gl.GenVertexArray();
        _scene = _program.Uniform("u_scene");
        _exposure = _program.Uniform("u_exposure");
    }

    public void Draw(in SceneFrame frame, TextureFramebuffer scene)
    {
        _program.Use();
        _gl.ActiveTexture(TextureUnit.Texture0);
        _gl.BindTexture(TextureTarget.Texture2D, scene.Texture);
        _gl.Uniform1(_scene, 0);
        _gl.Uniform1(_exposure, frame.Exposure);
        _gl.Disable(EnableCap.Blend);
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
    }

    public void Dispose()
    {
        _gl.DeleteVertexArray(_vertexArray);
        _program.Dispose();
    }
}
