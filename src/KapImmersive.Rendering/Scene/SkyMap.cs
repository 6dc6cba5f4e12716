using KapImmersive.Core.Scene;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Everything at infinity in one texture (skymap.frag, folded as skymap.glsl says), drawn once and read by every eye and
/// the preview: the costly sky is paid for per texel of the map, not per pixel of each eye. It is drawn again only when
/// what it shows changes, and while the sky drifts at most twice a second (<see cref="SkyMapInputs"/>). Its shader is
/// compiled for the elements a frame shows, the first time a set of them is shown. Its alpha tells the stars and the
/// moon how much of them shows through.
/// </summary>
internal sealed class SkyMap : IDisposable
{
    /// <summary>Texels along each side for a headset's eyes: about a sixth of a degree each, fine enough to be read unfiltered.</summary>
    public const int Size = 1024;

    private const int NoiseUnit = 0;

    private readonly IGl _gl;
    private readonly GlFlavour _flavour;
    private readonly SkyMapProgram?[] _programs = new SkyMapProgram?[(int)SkyElements.All + 1];
    private readonly EmptyVertexArray _triangle;
    private readonly TextureFramebuffer _target;
    private readonly NoiseTexture _noise;
    private readonly int _size;
    private SkyMapInputs? _drawn;

    /// <param name="size">Texels along each side: <see cref="Size"/>, or less for pictures far smaller than an eye.</param>
    public SkyMap(IGl gl, GlFlavour flavour, int size)
    {
        _gl = gl;
        _flavour = flavour;
        _size = size;
        _triangle = new EmptyVertexArray(gl);
        _target = TextureFramebuffer.Create(gl, size, size);
        gl.BindTexture(GlConstants.Texture2D, _target.Texture);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.Nearest);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Nearest);
        _noise = new NoiseTexture(gl, seed: 23);
    }

    /// <summary>Draws the map for this frame unless it already shows it; true if it drew (and so left its own framebuffer bound).</summary>
    public bool Update(in SceneFrame frame)
    {
        var inputs = SkyMapInputs.Of(frame);
        if (!inputs.Outdates(_drawn))
        {
            return false;
        }

        var elements = SkyElementsOf.Frame(frame);
        var program = _programs[(int)elements] ??= new SkyMapProgram(_gl, _flavour, elements);
        _gl.BindFramebuffer(GlConstants.Framebuffer, _target.Framebuffer);
        _gl.Viewport(0, 0, _size, _size);
        _gl.Disable(GlConstants.Blend);
        _noise.Bind(NoiseUnit);
        program.Use(_gl, frame, NoiseUnit);
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
        foreach (var program in _programs)
        {
            program?.Dispose();
        }

        _target.Dispose();
        _noise.Dispose();
        _triangle.Dispose();
    }
}
