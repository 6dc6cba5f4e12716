using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>A vertex array whose per-instance data is vec4 attributes 0..n-1, interleaved in one buffer.</summary>
internal sealed class InstanceBuffer : IDisposable
{
    private readonly IGl _gl;
    private readonly int _buffer;
    private readonly int _vertexArray;

    public InstanceBuffer(IGl gl, int maxInstances, int vec4sPerInstance, ReadOnlySpan<float> initial, bool streamed)
    {
        _gl = gl;
        var floatsPerInstance = vec4sPerInstance * 4;
        _vertexArray = gl.CreateVertexArray();
        _buffer = gl.CreateBuffer();
        gl.BindVertexArray(_vertexArray);
        gl.BindBuffer(GlConstants.ArrayBuffer, _buffer);
        gl.BufferData(GlConstants.ArrayBuffer, maxInstances * floatsPerInstance * sizeof(float), streamed ? GlConstants.StreamDraw : GlConstants.StaticDraw);
        if (!initial.IsEmpty)
        {
            gl.BufferSubData(GlConstants.ArrayBuffer, 0, initial);
        }

        for (var i = 0; i < vec4sPerInstance; i++)
        {
            gl.EnableVertexAttribArray(i);
            gl.VertexAttribPointer(i, 4, GlConstants.FloatType, false, floatsPerInstance * sizeof(float), i * 16);
            gl.VertexAttribDivisor(i, 1);
        }

        gl.BindVertexArray(0);
    }

    /// <summary>Replaces the first instances' data (streamed buffers, every frame; no allocation).</summary>
    public void Update(ReadOnlySpan<float> data)
    {
        _gl.BindBuffer(GlConstants.ArrayBuffer, _buffer);
        _gl.BufferSubData(GlConstants.ArrayBuffer, 0, data);
    }

    public void Draw(int instances)
    {
        _gl.BindVertexArray(_vertexArray);
        _gl.DrawArraysInstanced(GlConstants.TriangleStrip, 0, 4, instances);
    }

    public void Dispose()
    {
        _gl.DeleteBuffer(_buffer);
        _gl.DeleteVertexArray(_vertexArray);
    }
}
