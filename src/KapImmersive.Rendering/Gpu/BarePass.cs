using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// The yardstick the room's cost is measured against: one full-screen triangle whose fragment shader is a single
/// instruction (a constant colour, bare.frag), drawn into the same kind of target the same way as the room. What a GPU
/// spends on it is the floor every full-screen pass pays: rasterising, shading the simplest fragment, writing the pixel.
/// </summary>
public sealed class BarePass : IDisposable
{
    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _triangle;

    public BarePass(IGl gl, GlFlavour flavour)
    {
        ArgumentNullException.ThrowIfNull(gl);
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "fullscreen.vert", "bare.frag");
        _triangle = new EmptyVertexArray(gl);
    }

    public void Draw(IRenderTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        _gl.BindFramebuffer(GlConstants.Framebuffer, target.Framebuffer);
        _gl.Viewport(0, 0, target.Width, target.Height);
        _gl.Disable(GlConstants.Blend);
        _program.Use();
        _triangle.DrawFullscreenTriangle();
    }

    public void Dispose()
    {
        _triangle.Dispose();
        _program.Dispose();
    }
}
