namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// A framebuffer around a colour texture: one this class makes (offscreen pictures) or one it is handed (an OpenXR
/// swapchain image, which its owner keeps). Reads its pixels back top row first.
/// </summary>
public sealed class TextureFramebuffer : IRenderTarget, IDisposable
{
    private readonly IGl _gl;
    private readonly bool _ownsTexture;

    private TextureFramebuffer(IGl gl, int texture, int width, int height, bool ownsTexture)
    {
        _gl = gl;
        _ownsTexture = ownsTexture;
        Texture = texture;
        Width = width;
        Height = height;
        Framebuffer = gl.CreateFramebuffer();
        gl.BindFramebuffer(GlConstants.Framebuffer, Framebuffer);
        gl.FramebufferTexture2D(GlConstants.Framebuffer, GlConstants.ColorAttachment0, GlConstants.Texture2D, texture, 0);
        var status = gl.CheckFramebufferStatus(GlConstants.Framebuffer);
        gl.BindFramebuffer(GlConstants.Framebuffer, 0);
        if (status != GlConstants.FramebufferComplete)
        {
            throw new InvalidOperationException($"framebuffer for a {width}x{height} target is incomplete: 0x{status:X4}");
        }
    }

    public int Framebuffer { get; }

    public int Texture { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>A new texture of that size and internal format (GL_RGBA8 unless told) with a framebuffer around it.</summary>
    public static TextureFramebuffer Create(IGl gl, int width, int height, int internalFormat = GlConstants.Rgba8)
    {
        ArgumentNullException.ThrowIfNull(gl);
        var texture = gl.CreateTexture();
        gl.BindTexture(GlConstants.Texture2D, texture);
        gl.TexStorage2D(GlConstants.Texture2D, 1, internalFormat, width, height);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapS, GlConstants.ClampToEdge);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapT, GlConstants.ClampToEdge);
        gl.BindTexture(GlConstants.Texture2D, 0);
        return new TextureFramebuffer(gl, texture, width, height, ownsTexture: true);
    }

    /// <summary>Draws into a texture someone else owns, such as an OpenXR swapchain image.</summary>
    public static TextureFramebuffer Wrap(IGl gl, int texture, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(gl);
        return new(gl, texture, width, height, ownsTexture: false);
    }

    /// <summary>Reads RGBA bytes, top row first, into a buffer of Width * Height * 4 bytes.</summary>
    public void ReadPixels(Span<byte> rgba)
    {
        var stride = Width * 4;
        if (rgba.Length < stride * Height)
        {
            throw new ArgumentException($"need {stride * Height} bytes for {Width}x{Height}", nameof(rgba));
        }

        _gl.BindFramebuffer(GlConstants.Framebuffer, Framebuffer);
        _gl.PixelStore(GlConstants.PackAlignment, 1);
        _gl.ReadPixels(0, 0, Width, Height, GlConstants.Rgba, GlConstants.UnsignedByte, rgba[..(stride * Height)]);
        _gl.BindFramebuffer(GlConstants.Framebuffer, 0);
        Span<byte> row = stride <= 16384 ? stackalloc byte[stride] : new byte[stride];
        for (var y = 0; y < Height / 2; y++)
        {
            var top = rgba.Slice(y * stride, stride);
            var bottom = rgba.Slice((Height - 1 - y) * stride, stride);
            top.CopyTo(row);
            bottom.CopyTo(top);
            row.CopyTo(bottom);
        }
    }

    public void Dispose()
    {
        _gl.DeleteFramebuffer(Framebuffer);
        if (_ownsTexture)
        {
            _gl.DeleteTexture(Texture);
        }
    }
}
