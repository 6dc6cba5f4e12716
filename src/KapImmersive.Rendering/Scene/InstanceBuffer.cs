using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Scene;

/// <summary>A vertex array whose per-instance data is vec4 attributes 0..n-1, interleaved in one buffer.</summary>
internal sealed class InstanceBuffer : IDisposable
{
    private readonly GL _gl;
    private readonly uint _buffer;
    private readonly int _floatsPerInstance;

    public unsafe InstanceBuffer(GL gl, int maxInstances, int vec4sPerInstance, ReadOnlySpan<float> initial, bool streamed)
    {
        _gl = gl;
        _floatsPerInstance = vec4sPerInstance * 4;
        VertexArray = gl.GenVertexArray();
        _buffer = gl.GenBuffer();
        gl.BindVertexArray(VertexArray);
        gl.BindBuffer(BufferTargetARB.ArrayBuffer, _buffer);
        var bytes = (nuint)(maxInstances * _floatsPerInstance * sizeof(float));
        gl.BufferData(BufferTargetARB.ArrayBuffer, bytes, null, streamed ? BufferUsageARB.StreamDraw : BufferUsageARB.StaticDraw);
        if (!initial.IsEmpty)
        {
            gl.BufferSubData(BufferTargetARB.ArrayBuffer, 0, initial);
        }

        for (var i = 0u; i < vec4sPerInstance; i++)
        {
            gl.EnableVertexAttribArray(i);
            gl.VertexAttribPointer(i, 4, VertexAttribPointerType.Float, false, (uint)(_floatsPerInstance * sizeof(float)), (void*)(i * 16));
            gl.VertexAttribDivisor(i, 1);
        }

        gl.BindVertexArray(0);
    }

    public uint VertexArray { get; }

    /// <summary>Replaces the first instances' data (streamed buffers, every frame; no allocation).</summary>
    public void Update(ReadOnlySpan<float> data)
    {
        _gl.BindBuffer(BufferTargetARB.ArrayBuffer, _buffer);
        _gl.BufferSubData(BufferTargetARB.ArrayBuffer, 0, data);
    }

    public void Draw(int instances)
    {
        _gl.BindVertexArray(VertexArray);
        _gl.DrawArraysInstanced(PrimitiveType.TriangleStrip, 0, 4, (uint)instances);
    }

    public void Dispose()
    {
        _gl.DeleteBuffer(_buffer);
        _gl.DeleteVertexArray(VertexArray);
    }
}
