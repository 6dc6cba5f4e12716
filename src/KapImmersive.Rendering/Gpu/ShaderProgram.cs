using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Gpu;

/// <summary>A linked vertex + fragment program from the <see cref="ShaderLibrary"/>; compile and link errors throw with the driver's log.</summary>
internal sealed class ShaderProgram : IDisposable
{
    private readonly IGl _gl;

    public ShaderProgram(IGl gl, GlFlavour flavour, string vertexFile, string fragmentFile)
    {
        _gl = gl;
        var vs = Compile(GlConstants.VertexShader, vertexFile, ShaderLibrary.Source(flavour, vertexFile));
        var fs = Compile(GlConstants.FragmentShader, fragmentFile, ShaderLibrary.Source(flavour, fragmentFile));
        Handle = gl.CreateProgram();
        gl.AttachShader(Handle, vs);
        gl.AttachShader(Handle, fs);
        gl.LinkProgram(Handle);
        gl.DeleteShader(vs);
        gl.DeleteShader(fs);
        if (gl.GetProgramParameter(Handle, GlConstants.LinkStatus) == 0)
        {
            throw new InvalidOperationException($"shaders {vertexFile} and {fragmentFile} did not link: {gl.GetProgramInfoLog(Handle)}");
        }
    }

    public int Handle { get; }

    /// <summary>Looked up once at start; per-frame code keeps the returned location.</summary>
    public int Uniform(string name) => _gl.GetUniformLocation(Handle, name);

    public void Use() => _gl.UseProgram(Handle);

    public void Dispose() => _gl.DeleteProgram(Handle);

    private int Compile(int type, string file, string source)
    {
        var shader = _gl.CreateShader(type);
        _gl.ShaderSource(shader, source);
        _gl.CompileShader(shader);
        if (_gl.GetShaderParameter(shader, GlConstants.CompileStatus) == 0)
        {
            var log = _gl.GetShaderInfoLog(shader);
            _gl.DeleteShader(shader);
            throw new InvalidOperationException($"shader {file} did not compile: {log}");
        }

        return shader;
    }
}
