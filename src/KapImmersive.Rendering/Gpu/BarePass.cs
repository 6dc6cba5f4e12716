using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Scene;
using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// The yardstick the room's cost is measured against: one full-screen triangle whose fragment shader is a single
/// instruction (a constant colour), drawn into the same kind of target the same way as the room. What a GPU spends on
/// it is the floor every full-screen pass pays: rasterising, shading the simplest fragment and writing the pixel.
/// </summary>
public sealed class BarePass : IDisposable
{
    private const string Fragment = """
        layout(location = 0) out vec4 o_colour;
        void main() {
            o_colour = vec4(0.1, 0.1, 0.1, 1.0);
        }
        """;

    private readonly GL _gl;
    private readonly ShaderProgram _program;
    private readonly uint _vertexArray;

    public BarePass(GL gl, GlFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(gl);
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "bare", Fullscreen.VertexShader, Fragment);
        _vertexArray = gl.GenVertexArray();
    }

    public void Draw(IRenderTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, target.Framebuffer);
        _gl.Viewport(0, 0, (uint)target.Width, (uint)target.Height);
        _gl.Disable(EnableCap.Blend);
        _program.Use();
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArrays(PrimitiveType.Triangles, 0, 3);
    }

    public void Dispose()
    {
        _gl.DeleteVertexArray(_vertexArray);
        _program.Dispose();
    }
}
