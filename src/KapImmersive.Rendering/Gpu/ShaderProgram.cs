using KapImmersive.Rendering.Headless;
using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Gpu;

/// <summary>A linked vertex + fragment program; compile and link errors throw with the driver's log.</summary>
internal sealed class ShaderProgram : IDisposable
{
    private readonly GL _gl;

    public ShaderProgram(GL gl, GlFlavour flavour, string name, string vertex, string fragment)
    {
        _gl = gl;
        var vs = Compile(ShaderType.VertexShader, name, ShaderSource.For(flavour, vertex));
        var fs = Compile(ShaderType.FragmentShader, name, ShaderSource.For(flavour, fragment));
        Handle = gl.CreateProgram();
        gl.AttachShader(Handle, vs);
        gl.AttachShader(Handle, fs);
        gl.LinkProgram(Handle);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);
        gl.GetProgram(Handle, ProgramPropertyARB.LinkStatus, out var linked);
        if (linked == 0)
        {
            throw new InvalidOperationException($"shader '{name}' did not link: {gl.GetProgramInfoLog(Handle)}");
        }
    }

    public uint Handle { get; }

    /// <summary>Looked up once at start; per-frame code keeps the returned location.</summary>
    public int Uniform(string name) => _gl.GetUniformLocation(Handle, name);

    public void Use() => _gl.UseProgram(Handle);

    public void Dispose() => _gl.DeleteProgram(Handle);

    private uint Compile(ShaderType type, string name, string source)
    {
        var shader = _gl.CreateShader(type);
        _gl.ShaderSource(shader, source);
        _gl.CompileShader(shader);
        _gl.GetShader(shader, ShaderParameterName.CompileStatus, out var compiled);
        if (compiled == 0)
        {
            var log = _gl.GetShaderInfoLog(shader);
            _gl.DeleteShader(shader);
            throw new InvalidOperationException($"{type} of shader '{name}' did not compile: {log}");
        }

        return shader;
    }
}
