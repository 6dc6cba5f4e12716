using System.Runtime.InteropServices;
using KapImmersive.Headset.Web.Interop;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Web.Graphics;

/// <summary>
/// <see cref="IGl"/> over the page's WebGL2 context: the room renderer runs here exactly as it does natively, with
/// the same shaders, and every call crosses to wwwroot/gl.js as it is. Objects are numbers there, as in OpenGL.
/// </summary>
internal sealed class WebGl : IGl
{
    private const int Shader = 0;
    private const int Program = 1;
    private const int VertexArray = 2;
    private const int Buffer = 3;
    private const int Texture = 4;
    private const int FramebufferObject = 5;

    public string GetString(int name) => GlCalls.GetString(name);

    public void Enable(int capability) => GlCalls.Enable(capability);

    public void Disable(int capability) => GlCalls.Disable(capability);

    public void Viewport(int x, int y, int width, int height) => GlCalls.Viewport(x, y, width, height);

    public void BlendFunc(int source, int destination) => GlCalls.BlendFunc(source, destination);

    public void Flush() => GlCalls.Flush();

    public void Finish() => GlCalls.Finish();

    public int CreateShader(int type) => GlCalls.CreateShader(type);

    public void ShaderSource(int shader, string source) => GlCalls.ShaderSource(shader, source);

    public void CompileShader(int shader) => GlCalls.CompileShader(shader);

    public int GetShaderParameter(int shader, int name) => GlCalls.GetShaderParameter(shader, name);

    public string GetShaderInfoLog(int shader) => GlCalls.GetShaderInfoLog(shader);

    public void DeleteShader(int shader) => GlCalls.DeleteObject(Shader, shader);

    public int CreateProgram() => GlCalls.CreateProgram();

    public void AttachShader(int program, int shader) => GlCalls.AttachShader(program, shader);

    public void LinkProgram(int program) => GlCalls.LinkProgram(program);

    public int GetProgramParameter(int program, int name) => GlCalls.GetProgramParameter(program, name);

    public string GetProgramInfoLog(int program) => GlCalls.GetProgramInfoLog(program);

    public void UseProgram(int program) => GlCalls.UseProgram(program);

    public void DeleteProgram(int program) => GlCalls.DeleteObject(Program, program);

    public int GetUniformLocation(int program, string name) => GlCalls.GetUniformLocation(program, name);

    public void Uniform1(int location, int value) => GlCalls.Uniform1I(location, value);

    public void Uniform1(int location, float x) => GlCalls.Uniform1F(location, x);

    public void Uniform2(int location, float x, float y) => GlCalls.Uniform2F(location, x, y);

    public void Uniform3(int location, float x, float y, float z) => GlCalls.Uniform3F(location, x, y, z);

    public void Uniform4(int location, float x, float y, float z, float w) => GlCalls.Uniform4F(location, x, y, z, w);

    public void UniformMatrix4(int location, ReadOnlySpan<float> matrix) => GlCalls.UniformMatrix4(location, Bytes(matrix));

    public int CreateVertexArray() => GlCalls.CreateVertexArray();

    public void BindVertexArray(int vertexArray) => GlCalls.BindVertexArray(vertexArray);

    public void DeleteVertexArray(int vertexArray) => GlCalls.DeleteObject(VertexArray, vertexArray);

    public int CreateBuffer() => GlCalls.CreateBuffer();

    public void BindBuffer(int target, int buffer) => GlCalls.BindBuffer(target, buffer);

    public void BufferData(int target, int bytes, int usage) => GlCalls.BufferData(target, bytes, usage);

    public void BufferSubData(int target, int byteOffset, ReadOnlySpan<float> data) => GlCalls.BufferSubData(target, byteOffset, Bytes(data));

    public void DeleteBuffer(int buffer) => GlCalls.DeleteObject(Buffer, buffer);

    public void EnableVertexAttribArray(int index) => GlCalls.EnableVertexAttribArray(index);

    public void VertexAttribPointer(int index, int size, int type, bool normalized, int stride, int byteOffset) =>
        GlCalls.VertexAttribPointer(index, size, type, normalized, stride, byteOffset);

    public void VertexAttribDivisor(int index, int divisor) => GlCalls.VertexAttribDivisor(index, divisor);

    public void DrawArrays(int mode, int first, int count) => GlCalls.DrawArrays(mode, first, count);

    public void DrawArraysInstanced(int mode, int first, int count, int instances) => GlCalls.DrawArraysInstanced(mode, first, count, instances);

    public int CreateTexture() => GlCalls.CreateTexture();

    public void ActiveTexture(int unit) => GlCalls.ActiveTexture(unit);

    public void BindTexture(int target, int texture) => GlCalls.BindTexture(target, texture);

    public void TexStorage2D(int target, int levels, int internalFormat, int width, int height) =>
        GlCalls.TexStorage2D(target, levels, internalFormat, width, height);

    public void TexParameter(int target, int name, int value) => GlCalls.TexParameter(target, name, value);

    public void TexSubImage2D(int target, int level, int x, int y, int width, int height, int format, int type, ReadOnlySpan<byte> pixels) =>
        GlCalls.TexSubImage2D(target, level, x, y, width, height, format, type, Writable(pixels));

    public void GenerateMipmap(int target) => GlCalls.GenerateMipmap(target);

    public void DeleteTexture(int texture) => GlCalls.DeleteObject(Texture, texture);

    public void PixelStore(int name, int value) => GlCalls.PixelStore(name, value);

    public int CreateFramebuffer() => GlCalls.CreateFramebuffer();

    public void BindFramebuffer(int target, int framebuffer) => GlCalls.BindFramebuffer(target, framebuffer);

    public void FramebufferTexture2D(int target, int attachment, int textureTarget, int texture, int level) =>
        GlCalls.FramebufferTexture2D(target, attachment, textureTarget, texture, level);

    public int CheckFramebufferStatus(int target) => GlCalls.CheckFramebufferStatus(target);

    public void DeleteFramebuffer(int framebuffer) => GlCalls.DeleteObject(FramebufferObject, framebuffer);

    public void ReadPixels(int x, int y, int width, int height, int format, int type, Span<byte> pixels) =>
        GlCalls.ReadPixels(x, y, width, height, format, type, pixels);

    // The interop marshals only spans it may write to; these calls only read them, as WebGL does.
    private static Span<byte> Bytes(ReadOnlySpan<float> values) => Writable(MemoryMarshal.AsBytes(values));

    private static Span<byte> Writable(ReadOnlySpan<byte> bytes) => MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(bytes), bytes.Length);
}
