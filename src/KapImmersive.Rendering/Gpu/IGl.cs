namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// The OpenGL calls the room renderer makes, and nothing more: the common ground of OpenGL 3.3 core, OpenGL ES 3.0 and
/// WebGL2, with plain numbers for enums (the values in <see cref="GlConstants"/>, the same in all three), ints for object
/// handles and uniform locations, and spans for data, so an implementation can be Silk.NET's bindings
/// (<see cref="SilkGl"/>) or a thin layer over a browser's WebGL2 context. Names follow WebGL2 where it differs
/// (Create* rather than Gen*). Calls on the frame path allocate nothing.
/// </summary>
public interface IGl
{
    string GetString(int name);

    void Enable(int capability);

    void Disable(int capability);

    void Viewport(int x, int y, int width, int height);

    void BlendFunc(int source, int destination);

    void Flush();

    void Finish();

    int CreateShader(int type);

    void ShaderSource(int shader, string source);

    void CompileShader(int shader);

    int GetShaderParameter(int shader, int name);

    string GetShaderInfoLog(int shader);

    void DeleteShader(int shader);

    int CreateProgram();

    void AttachShader(int program, int shader);

    void LinkProgram(int program);

    int GetProgramParameter(int program, int name);

    string GetProgramInfoLog(int program);

    void UseProgram(int program);

    void DeleteProgram(int program);

    /// <summary>-1 when the program has no such active uniform; setting location -1 is ignored, as GL does.</summary>
    int GetUniformLocation(int program, string name);

    void Uniform1(int location, int value);

    void Uniform1(int location, float x);

    void Uniform2(int location, float x, float y);

    void Uniform3(int location, float x, float y, float z);

    /// <summary>Sixteen floats, uploaded untransposed (System.Numerics' row-vector matrices read as GL's column-vector ones).</summary>
    void UniformMatrix4(int location, ReadOnlySpan<float> matrix);

    int CreateVertexArray();

    void BindVertexArray(int vertexArray);

    void DeleteVertexArray(int vertexArray);

    int CreateBuffer();

    void BindBuffer(int target, int buffer);

    void BufferData(int target, int bytes, int usage);

    void BufferSubData(int target, int byteOffset, ReadOnlySpan<float> data);

    void DeleteBuffer(int buffer);

    void EnableVertexAttribArray(int index);

    void VertexAttribPointer(int index, int size, int type, bool normalized, int stride, int byteOffset);

    void VertexAttribDivisor(int index, int divisor);

    void DrawArrays(int mode, int first, int count);

    void DrawArraysInstanced(int mode, int first, int count, int instances);

    int CreateTexture();

    void ActiveTexture(int unit);

    void BindTexture(int target, int texture);

    void TexStorage2D(int target, int levels, int internalFormat, int width, int height);

    void TexParameter(int target, int name, int value);

    void TexSubImage2D(int target, int level, int x, int y, int width, int height, int format, int type, ReadOnlySpan<byte> pixels);

    void GenerateMipmap(int target);

    void DeleteTexture(int texture);

    void PixelStore(int name, int value);

    int CreateFramebuffer();

    void BindFramebuffer(int target, int framebuffer);

    void FramebufferTexture2D(int target, int attachment, int textureTarget, int texture, int level);

    int CheckFramebufferStatus(int target);

    void DeleteFramebuffer(int framebuffer);

    void ReadPixels(int x, int y, int width, int height, int format, int type, Span<byte> pixels);
}
