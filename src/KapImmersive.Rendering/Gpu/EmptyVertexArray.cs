namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// A vertex array with no buffers, for the passes whose vertex shaders make their corners from gl_VertexID alone: a
/// triangle that covers the screen (fullscreen.vert), or a quad as a four-vertex strip (the orb, the panels).
/// </summary>
internal sealed class EmptyVertexArray(IGl gl) : IDisposable
{
    private readonly int _handle = gl.CreateVertexArray();

    public void DrawFullscreenTriangle()
    {
        gl.BindVertexArray(_handle);
        gl.DrawArrays(GlConstants.Triangles, 0, 3);
    }

    public void DrawQuad()
    {
        gl.BindVertexArray(_handle);
        gl.DrawArrays(GlConstants.TriangleStrip, 0, 4);
    }

    public void Dispose() => gl.DeleteVertexArray(_handle);
}
