using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Everything at infinity in one small texture (skymap.frag, folded as skymap.glsl says), drawn once and read by every
/// eye and the preview: the costly sky is paid for per texel of the map, not per pixel of each eye. It is drawn again
/// only when what it shows changes. Its alpha tells the stars how much of them shows through.
/// </summary>
internal sealed class SkyMap : IDisposable
{
    /// <summary>Texels along each side: about a sixth of a degree each, fine enough to be read unfiltered.</summary>
    public const int Size = 1024;

    private readonly IGl _gl;
    private readonly ShaderProgram _program;
    private readonly EmptyVertexArray _triangle;
    private readonly TextureFramebuffer _target;
    private readonly HazeUniforms _haze;
    private readonly int _zenith;
    private SkyMapInputs? _drawn;

    public SkyMap(IGl gl, GlFlavour flavour)
    {
        _gl = gl;
        _program = new ShaderProgram(gl, flavour, "fullscreen.vert", "skymap.frag");
        _triangle = new EmptyVertexArray(gl);
        _target = TextureFramebuffer.Create(gl, Size, Size);
        gl.BindTexture(GlConstants.Texture2D, _target.Texture);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.Nearest);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Nearest);
        _haze = new HazeUniforms(_program);
        _zenith = _program.Uniform("u_zenith");
    }

    public int Texture => _target.Texture;

    /// <summary>Draws the map for this frame unless it already shows it; true if it drew (and so left its own framebuffer bound).</summary>
    public bool Update(in SceneFrame frame)
    {
        var inputs = SkyMapInputs.Of(frame);
        if (_drawn == inputs)
        {
            return false;
        }

        _gl.BindFramebuffer(GlConstants.Framebuffer, _target.Framebuffer);
        _gl.Viewport(0, 0, Size, Size);
        _gl.Disable(GlConstants.Blend);
        _program.Use();
        _haze.Set(_gl, frame);
        Uniforms.Set(_gl, _zenith, frame.SkyZenith);
        _triangle.DrawFullscreenTriangle();
        _drawn = inputs;
        return true;
    }

    /// <summary>Binds the map to texture unit <paramref name="unit"/> for a pass that reads it.</summary>
    public void Bind(int unit)
    {
        _gl.ActiveTexture(GlConstants.Texture0 + unit);
        _gl.BindTexture(GlConstants.Texture2D, _target.Texture);
    }

    public void Dispose()
    {
        _target.Dispose();
        _triangle.Dispose();
        _program.Dispose();
    }
}
