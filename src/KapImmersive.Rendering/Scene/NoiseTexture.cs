using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// A small tiling texture of random values made at load from a seed: filtered bilinearly it is value noise, for the
/// ground's texture, at the cost of one lookup instead of hashing per pixel. Mipmapped, so distant ground never shimmers.
/// </summary>
internal sealed class NoiseTexture : IDisposable
{
    public const int Size = 64;

    private readonly IGl _gl;

    public NoiseTexture(IGl gl, int seed)
    {
        _gl = gl;
        var random = new Random(seed);
        var values = new byte[Size * Size];
        random.NextBytes(values);
        Handle = gl.CreateTexture();
        gl.BindTexture(GlConstants.Texture2D, Handle);
        gl.TexStorage2D(GlConstants.Texture2D, (int)Math.Log2(Size) + 1, GlConstants.R8, Size, Size);
        gl.PixelStore(GlConstants.UnpackAlignment, 1);
        gl.TexSubImage2D(GlConstants.Texture2D, 0, 0, 0, Size, Size, GlConstants.Red, GlConstants.UnsignedByte, values);
        gl.GenerateMipmap(GlConstants.Texture2D);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.LinearMipmapLinear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapS, GlConstants.Repeat);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapT, GlConstants.Repeat);
    }

    public int Handle { get; }

    public void Dispose() => _gl.DeleteTexture(Handle);
}
