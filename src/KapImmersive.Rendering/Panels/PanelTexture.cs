using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Panels;

/// <summary>
/// A panel's card on the GPU, with mipmaps so its words stay smooth when seen small (a preview) or far, and the buffer
/// its art is painted into, made once. Each pixel reads the one nearest mipmap level, filtered: a headset sees the card
/// at nearly its painted size, where blending two levels (trilinear) would cost twice the reads for no visible gain.
/// </summary>
internal sealed class PanelTexture : IDisposable
{
    private readonly IGl _gl;
    private readonly byte[] _pixels;

    public PanelTexture(IGl gl, int width, int height)
    {
        _gl = gl;
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 4];
        Handle = gl.CreateTexture();
        gl.BindTexture(GlConstants.Texture2D, Handle);
        var levels = (int)Math.Log2(Math.Max(width, height)) + 1;
        gl.TexStorage2D(GlConstants.Texture2D, levels, GlConstants.Rgba8, width, height);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.LinearMipmapNearest);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapS, GlConstants.ClampToEdge);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapT, GlConstants.ClampToEdge);
    }

    public int Handle { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>RGBA, premultiplied, top row first: paint here, then <see cref="Upload"/>.</summary>
    public Span<byte> Pixels => _pixels;

    public void Upload()
    {
        _gl.BindTexture(GlConstants.Texture2D, Handle);
        _gl.PixelStore(GlConstants.UnpackAlignment, 4);
        _gl.TexSubImage2D(GlConstants.Texture2D, 0, 0, 0, Width, Height, GlConstants.Rgba, GlConstants.UnsignedByte, _pixels);
        _gl.GenerateMipmap(GlConstants.Texture2D);
    }

    public void Dispose() => _gl.DeleteTexture(Handle);
}
