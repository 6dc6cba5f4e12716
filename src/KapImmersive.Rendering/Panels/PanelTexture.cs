using Silk.NET.OpenGL;
using SkiaSharp;

namespace KapImmersive.Rendering.Panels;

/// <summary>A panel's card on the GPU, with mipmaps so its words stay smooth when seen small (a preview) or far.</summary>
internal sealed class PanelTexture : IDisposable
{
    private readonly GL _gl;

    public PanelTexture(GL gl, int width, int height)
    {
        _gl = gl;
        Width = width;
        Height = height;
        Handle = gl.GenTexture();
        gl.BindTexture(TextureTarget.Texture2D, Handle);
        var levels = (uint)Math.Log2(Math.Max(width, height)) + 1;
        gl.TexStorage2D(TextureTarget.Texture2D, levels, SizedInternalFormat.Rgba8, (uint)width, (uint)height);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMinFilter, (int)TextureMinFilter.LinearMipmapLinear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureMagFilter, (int)TextureMagFilter.Linear);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapS, (int)TextureWrapMode.ClampToEdge);
        gl.TexParameter(TextureTarget.Texture2D, TextureParameterName.TextureWrapT, (int)TextureWrapMode.ClampToEdge);
    }

    public uint Handle { get; }

    public int Width { get; }

    public int Height { get; }

    public unsafe void Upload(SKBitmap bitmap)
    {
        _gl.BindTexture(TextureTarget.Texture2D, Handle);
        _gl.PixelStore(PixelStoreParameter.UnpackAlignment, 4);
        _gl.TexSubImage2D(TextureTarget.Texture2D, 0, 0, 0, (uint)Width, (uint)Height, PixelFormat.Rgba, PixelType.UnsignedByte,
            (void*)bitmap.GetPixels());
        _gl.GenerateMipmap(TextureTarget.Texture2D);
    }

    public void Dispose() => _gl.DeleteTexture(Handle);
}
