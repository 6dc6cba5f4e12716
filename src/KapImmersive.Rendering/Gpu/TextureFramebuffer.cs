using Silk.NET.OpenGL;

namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// A framebuffer around a colour texture: one this class makes (offscreen pictures) or one it is handed (an OpenXR
/// swapchain image, which its owner keeps). Reads its pixels back top row first.
/// </summary>
public sealed class TextureFramebuffer : IRenderTarget, IDisposable
{
    private readonly GL _gl;
    private readonly bool _ownsTexture;

    private TextureFramebuffer(GL gl, uint texture, int width, int height, bool ownsTexture)
    {
        _gl = gl;
        _ownsTexture = ownsTexture;
        Texture = texture;
        Width = width;
        Height = height;
        Framebuffer = gl.GenFramebuffer();
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, Framebuffer);
        gl.FramebufferTexture2D(FramebufferTarget.Framebuffer, FramebufferAttachment.ColorAttachment0, TextureTarget2D, texture, 0);
        var status = gl.CheckFramebufferStatus(FramebufferTarget.Framebuffer);
        gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
        if (status != GLEnum.FramebufferComplete)
        {
            throw new InvalidOperationException($"framebuffer for a {width}x{height} target is incomplete: {status}");
        }
    }

    public uint Framebuffer { get; }

    public uint Texture { get; }

    public int Width { get; }

    public int Height { get; }

    private static TextureTarget TextureTarget2D => TextureTarget.Texture2D;

    public static TextureFramebuffer Create(GL gl, int width, int height, InternalFormat format = InternalFormat.Rgba8)
    {
        ArgumentNullException.ThrowIfNull(gl);
        var texture = gl.GenTexture();
        gl.BindTexture(TextureTarget2D, texture);
        gl.TexStorage2D(TextureTarget2D, 1, (SizedInternalFormat)format, (uint)width, (uint)height);
        gl.TexParameter(TextureTarget2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.Linear);
        gl.TexParameter(TextureTarget2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
        gl.BindTexture(TextureTarget2D, 0);
        return new TextureFramebuffer(gl, texture, width, height, ownsTexture: true);
    }

    /// <summary>Draws into a texture someone else owns, such as an OpenXR swapchain image.</summary>
    public static TextureFramebuffer Wrap(GL gl, uint texture, int width, int height) => new(gl, texture, width, height, ownsTexture: false);

    /// <summary>Reads RGBA bytes, top row first, into a buffer of Width * Height * 4 bytes.</summary>
    public unsafe void ReadPixels(Span<byte> rgba)
    {
        var stride = Width * 4;
        if (rgba.Length < stride * Height)
        {
            throw new ArgumentException($"need {stride * Height} bytes for {Width}x{Height}", nameof(rgba));
        }

        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, Framebuffer);
        _gl.PixelStore(PixelStoreParameter.PackAlignment, 1);
        fixed (byte* pixels = rgba)
        {
            _gl.ReadPixels(0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte, pixels);
        }

        _gl.BindFramebuffer(FramebufferTarget.Framebuffer, 0);
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
