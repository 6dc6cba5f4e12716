using System.Runtime.InteropServices.JavaScript;

namespace KapImmersive.Headset.Web.Interop;

/// <summary>
/// The WebGL2 context's calls, one for one (wwwroot/gl.js keeps the context and a table of its objects, which these
/// name by number). Numeric data crosses as bytes: the browser's interop has no view of float memory.
/// </summary>
internal static partial class GlCalls
{
    private const string Module = "kap";

    [JSImport("gl.getString", Module)]
    public static partial string GetString(int name);

    [JSImport("gl.enable", Module)]
    public static partial void Enable(int capability);

    [JSImport("gl.disable", Module)]
    public static partial void Disable(int capability);

    [JSImport("gl.viewport", Module)]
    public static partial void Viewport(int x, int y, int width, int height);

    [JSImport("gl.blendFunc", Module)]
    public static partial void BlendFunc(int source, int destination);

    [JSImport("gl.flush", Module)]
    public static partial void Flush();

    [JSImport("gl.finish", Module)]
    public static partial void Finish();

    [JSImport("gl.createShader", Module)]
    public static partial int CreateShader(int type);

    [JSImport("gl.shaderSource", Module)]
    public static partial void ShaderSource(int shader, string source);

    [JSImport("gl.compileShader", Module)]
    public static partial void CompileShader(int shader);

    [JSImport("gl.getShaderParameter", Module)]
    public static partial int GetShaderParameter(int shader, int name);

    [JSImport("gl.getShaderInfoLog", Module)]
    public static partial string GetShaderInfoLog(int shader);

    [JSImport("gl.deleteObject", Module)]
    public static partial void DeleteObject(int kind, int handle);

    [JSImport("gl.createProgram", Module)]
    public static partial int CreateProgram();

    [JSImport("gl.attachShader", Module)]
    public static partial void AttachShader(int program, int shader);

    [JSImport("gl.linkProgram", Module)]
    public static partial void LinkProgram(int program);

    [JSImport("gl.getProgramParameter", Module)]
    public static partial int GetProgramParameter(int program, int name);

    [JSImport("gl.getProgramInfoLog", Module)]
    public static partial string GetProgramInfoLog(int program);

    [JSImport("gl.useProgram", Module)]
    public static partial void UseProgram(int program);

    [JSImport("gl.getUniformLocation", Module)]
    public static partial int GetUniformLocation(int program, string name);

    [JSImport("gl.uniform1i", Module)]
    public static partial void Uniform1I(int location, int value);

    [JSImport("gl.uniform1f", Module)]
    public static partial void Uniform1F(int location, float x);

    [JSImport("gl.uniform2f", Module)]
    public static partial void Uniform2F(int location, float x, float y);

    [JSImport("gl.uniform3f", Module)]
    public static partial void Uniform3F(int location, float x, float y, float z);

    [JSImport("gl.uniform4f", Module)]
    public static partial void Uniform4F(int location, float x, float y, float z, float w);

    [JSImport("gl.uniformMatrix4fv", Module)]
    public static partial void UniformMatrix4(int location, [JSMarshalAs<JSType.MemoryView>] Span<byte> matrix);

    [JSImport("gl.createVertexArray", Module)]
    public static partial int CreateVertexArray();

    [JSImport("gl.bindVertexArray", Module)]
    public static partial void BindVertexArray(int vertexArray);

    [JSImport("gl.createBuffer", Module)]
    public static partial int CreateBuffer();

    [JSImport("gl.bindBuffer", Module)]
    public static partial void BindBuffer(int target, int buffer);

    [JSImport("gl.bufferData", Module)]
    public static partial void BufferData(int target, int bytes, int usage);

    [JSImport("gl.bufferSubData", Module)]
    public static partial void BufferSubData(int target, int byteOffset, [JSMarshalAs<JSType.MemoryView>] Span<byte> data);

    [JSImport("gl.enableVertexAttribArray", Module)]
    public static partial void EnableVertexAttribArray(int index);

    [JSImport("gl.vertexAttribPointer", Module)]
    public static partial void VertexAttribPointer(int index, int size, int type, bool normalized, int stride, int byteOffset);

    [JSImport("gl.vertexAttribDivisor", Module)]
    public static partial void VertexAttribDivisor(int index, int divisor);

    [JSImport("gl.drawArrays", Module)]
    public static partial void DrawArrays(int mode, int first, int count);

    [JSImport("gl.drawArraysInstanced", Module)]
    public static partial void DrawArraysInstanced(int mode, int first, int count, int instances);

    [JSImport("gl.createTexture", Module)]
    public static partial int CreateTexture();

    [JSImport("gl.activeTexture", Module)]
    public static partial void ActiveTexture(int unit);

    [JSImport("gl.bindTexture", Module)]
    public static partial void BindTexture(int target, int texture);

    [JSImport("gl.texStorage2D", Module)]
    public static partial void TexStorage2D(int target, int levels, int internalFormat, int width, int height);

    [JSImport("gl.texParameteri", Module)]
    public static partial void TexParameter(int target, int name, int value);

    [JSImport("gl.texSubImage2D", Module)]
    public static partial void TexSubImage2D(int target, int level, int x, int y, int width, int height, int format, int type,
        [JSMarshalAs<JSType.MemoryView>] Span<byte> pixels);

    [JSImport("gl.generateMipmap", Module)]
    public static partial void GenerateMipmap(int target);

    [JSImport("gl.pixelStorei", Module)]
    public static partial void PixelStore(int name, int value);

    [JSImport("gl.createFramebuffer", Module)]
    public static partial int CreateFramebuffer();

    [JSImport("gl.bindFramebuffer", Module)]
    public static partial void BindFramebuffer(int target, int framebuffer);

    [JSImport("gl.framebufferTexture2D", Module)]
    public static partial void FramebufferTexture2D(int target, int attachment, int textureTarget, int texture, int level);

    [JSImport("gl.checkFramebufferStatus", Module)]
    public static partial int CheckFramebufferStatus(int target);

    [JSImport("gl.readPixels", Module)]
    public static partial void ReadPixels(int x, int y, int width, int height, int format, int type, [JSMarshalAs<JSType.MemoryView>] Span<byte> pixels);
}
