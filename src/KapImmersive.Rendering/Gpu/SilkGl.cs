using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// <see cref="IGl"/> over Silk.NET's OpenGL bindings, for the native renderers (headless EGL, the desktop window, OpenXR
/// through EGL or GLX). Made from the context's own GetProcAddress; use it on the thread where that context is current.
/// </summary>
public sealed unsafe class SilkGl : IGl, IDisposable
{
    private readonly GL _gl;

    private SilkGl(GL gl) => _gl = gl;

    /// <summary>Loads the GL entry points through the context's GetProcAddress (eglGetProcAddress, glXGetProcAddressARB).</summary>
    public static SilkGl Load(Func<string, nint> getProcAddress) => new(GL.GetApi(getProcAddress));

    public string GetString(int name) => _gl.GetStringS((StringName)name) ?? "";

    public void Enable(int capability) => _gl.Enable((EnableCap)capability);

    public void Disable(int capability) => _gl.Disable((EnableCap)capability);

    public void Viewport(int x, int y, int width, int height) => _gl.Viewport(x, y, (uint)width, (uint)height);

    public void BlendFunc(int source, int destination) => _gl.BlendFunc((BlendingFactor)source, (BlendingFactor)destination);

    public void Flush() => _gl.Flush();

    public void Finish() => _gl.Finish();

    public int CreateShader(int type) => (int)_gl.CreateShader((ShaderType)type);

    public void ShaderSource(int shader, string source) => _gl.ShaderSource((uint)shader, source);

    public void CompileShader(int shader) => _gl.CompileShader((uint)shader);

    public int GetShaderParameter(int shader, int name)
    {
        _gl.GetShader((uint)shader, (ShaderParameterName)name, out var value);
        return value;
    }

    public string GetShaderInfoLog(int shader) => _gl.GetShaderInfoLog((uint)shader);

    public void DeleteShader(int shader) => _gl.DeleteShader((uint)shader);

    public int CreateProgram() => (int)_gl.CreateProgram();

    public void AttachShader(int program, int shader) => _gl.AttachShader((uint)program, (uint)shader);

    public void LinkProgram(int program) => _gl.LinkProgram((uint)program);

    public int GetProgramParameter(int program, int name)
    {
        _gl.GetProgram((uint)program, (ProgramPropertyARB)name, out var value);
        return value;
    }

    public string GetProgramInfoLog(int program) => _gl.GetProgramInfoLog((uint)program);

    public void UseProgram(int program) => _gl.UseProgram((uint)program);

    public void DeleteProgram(int program) => _gl.DeleteProgram((uint)program);

    public int GetUniformLocation(int program, string name) => _gl.GetUniformLocation((uint)program, name);

    public void Uniform1(int location, int value) => _gl.Uniform1(location, value);

    public void Uniform1(int location, float x) => _gl.Uniform1(location, x);

    public void Uniform2(int location, float x, float y) => _gl.Uniform2(location, x, y);

    public void Uniform3(int location, float x, float y, float z) => _gl.Uniform3(location, x, y, z);

    public void UniformMatrix4(int location, ReadOnlySpan<float> matrix) => _gl.UniformMatrix4(location, 1, false, matrix);

    public int CreateVertexArray() => (int)_gl.GenVertexArray();

    public void BindVertexArray(int vertexArray) => _gl.BindVertexArray((uint)vertexArray);

    public void DeleteVertexArray(int vertexArray) => _gl.DeleteVertexArray((uint)vertexArray);

    public int CreateBuffer() => (int)_gl.GenBuffer();

    public void BindBuffer(int target, int buffer) => _gl.BindBuffer((BufferTargetARB)target, (uint)buffer);

    public void BufferData(int target, int bytes, int usage) => _gl.BufferData((BufferTargetARB)target, (nuint)bytes, null, (BufferUsageARB)usage);

    public void BufferSubData(int target, int byteOffset, ReadOnlySpan<float> data) => _gl.BufferSubData((BufferTargetARB)target, byteOffset, data);

    public void DeleteBuffer(int buffer) => _gl.DeleteBuffer((uint)buffer);

    public void EnableVertexAttribArray(int index) => _gl.EnableVertexAttribArray((uint)index);

    public void VertexAttribPointer(int index, int size, int type, bool normalized, int stride, int byteOffset) =>
        _gl.VertexAttribPointer((uint)index, size, (VertexAttribPointerType)type, normalized, (uint)stride, (void*)byteOffset);

    public void VertexAttribDivisor(int index, int divisor) => _gl.VertexAttribDivisor((uint)index, (uint)divisor);

    public void DrawArrays(int mode, int first, int count) => _gl.DrawArrays((PrimitiveType)mode, first, (uint)count);

    public void DrawArraysInstanced(int mode, int first, int count, int instances) =>
        _gl.DrawArraysInstanced((PrimitiveType)mode, first, (uint)count, (uint)instances);

    public int CreateTexture() => (int)_gl.GenTexture();

    public void ActiveTexture(int unit) => _gl.ActiveTexture((TextureUnit)unit);

    public void BindTexture(int target, int texture) => _gl.BindTexture((TextureTarget)target, (uint)texture);

    public void TexStorage2D(int target, int levels, int internalFormat, int width, int height) =>
        _gl.TexStorage2D((TextureTarget)target, (uint)levels, (SizedInternalFormat)internalFormat, (uint)width, (uint)height);

    public void TexParameter(int target, int name, int value) => _gl.TexParameter((TextureTarget)target, (TextureParameterName)name, value);

    public void TexSubImage2D(int target, int level, int x, int y, int width, int height, int format, int type, ReadOnlySpan<byte> pixels) =>
        _gl.TexSubImage2D((TextureTarget)target, level, x, y, (uint)width, (uint)height, (PixelFormat)format, (PixelType)type, pixels);

    public void GenerateMipmap(int target) => _gl.GenerateMipmap((TextureTarget)target);

    public void DeleteTexture(int texture) => _gl.DeleteTexture((uint)texture);

    public void PixelStore(int name, int value) => _gl.PixelStore((PixelStoreParameter)name, value);

    public int CreateFramebuffer() => (int)_gl.GenFramebuffer();

    public void BindFramebuffer(int target, int framebuffer) => _gl.BindFramebuffer((FramebufferTarget)target, (uint)framebuffer);

    public void FramebufferTexture2D(int target, int attachment, int textureTarget, int texture, int level) =>
        _gl.FramebufferTexture2D((FramebufferTarget)target, (FramebufferAttachment)attachment, (TextureTarget)textureTarget, (uint)texture, level);

    public int CheckFramebufferStatus(int target) => (int)_gl.CheckFramebufferStatus((FramebufferTarget)target);

    public void DeleteFramebuffer(int framebuffer) => _gl.DeleteFramebuffer((uint)framebuffer);

    public void ReadPixels(int x, int y, int width, int height, int format, int type, Span<byte> pixels) =>
        _gl.ReadPixels(x, y, (uint)width, (uint)height, (PixelFormat)format, (PixelType)type, pixels);

    public void Dispose() => _gl.Dispose();
}
