namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// A vertex array with no buffers, for the passes whose vertex shaders make their corners from gl_VertexID alone: a
/// triangle that covers the screen (fullscreen.vert), a convex polygon as a fan (horizon.vert), or a quad as a
/// four-vertex strip (the orb, the panels).
/// </summary>
internal sealed class EmptyVertexArray(IGl gl) : IDisposable
{
    private readonly int _handle = gl.CreateVertexArray();

    public void DrawFullscreenTriangle()
    {
        gl.BindVertexArray(_handle);
        gl.DrawArrays(GlConstants.Triangles, 0, 3);
    }

    /// <summary>A convex polygon whose corners the vertex shader knows, drawn as a fan.</summary>
    public void DrawFan(int corners)
    {
        gl.BindVertexArray(_handle);
        gl.DrawArrays(GlConstants.TriangleFan, 0, corners);
    }

    public void DrawQuad()
    {
        gl.BindVertexArray(_handle);
        gl.DrawArrays(GlConstants.TriangleStrip, 0, 4);
    }

    public void Dispose() => gl.DeleteVertexArray(_handle);
}
