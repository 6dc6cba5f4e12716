using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// A small tiling texture of soft noise made at load from a seed: in each of its four channels an independent field of
/// three octaves of smoothed value noise, already summed, so the sky map's clouds, star clouds, curtains and horizon
/// shapes each cost one filtered lookup a texel rather than one per octave.
/// </summary>
internal sealed class NoiseTexture : IDisposable
{
    public const int Size = 256;

    private readonly IGl _gl;

    public NoiseTexture(IGl gl, int seed)
    {
        _gl = gl;
        var texels = Bake(seed);
        Handle = gl.CreateTexture();
        gl.BindTexture(GlConstants.Texture2D, Handle);
        gl.TexStorage2D(GlConstants.Texture2D, 1, GlConstants.Rgba8, Size, Size);
        gl.PixelStore(GlConstants.UnpackAlignment, 4);
        gl.TexSubImage2D(GlConstants.Texture2D, 0, 0, 0, Size, Size, GlConstants.Rgba, GlConstants.UnsignedByte, texels);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMinFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureMagFilter, GlConstants.Linear);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapS, GlConstants.Repeat);
        gl.TexParameter(GlConstants.Texture2D, GlConstants.TextureWrapT, GlConstants.Repeat);
    }

    public int Handle { get; }

    public void Bind(int unit)
    {
        _gl.ActiveTexture(GlConstants.Texture0 + unit);
        _gl.BindTexture(GlConstants.Texture2D, Handle);
    }

    public void Dispose() => _gl.DeleteTexture(Handle);

    /// <summary>Per channel: lattices of 8, 16 and 32 cells across (weights 1/2, 1/3, 1/6), each smoothly interpolated, all tiling.</summary>
    private static byte[] Bake(int seed)
    {
        var random = new Random(seed);
        var texels = new byte[Size * Size * 4];
        for (var channel = 0; channel < 4; channel++)
        {
            var lattices = new[] { Lattice(random, 8), Lattice(random, 16), Lattice(random, 32) };
            for (var y = 0; y < Size; y++)
            {
                for (var x = 0; x < Size; x++)
                {
                    var value = (0.5f * Sample(lattices[0], 8, x, y)) + (Sample(lattices[1], 16, x, y) / 3) + (Sample(lattices[2], 32, x, y) / 6);
                    texels[(((y * Size) + x) * 4) + channel] = (byte)Math.Clamp(MathF.Round(value * 255), 0, 255);
                }
            }
        }

        return texels;
    }

    private static float[] Lattice(Random random, int cells)
    {
        var values = new float[cells * cells];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = random.NextSingle();
        }

        return values;
    }

    private static float Sample(float[] lattice, int cells, int x, int y)
    {
        var (fx, fy) = (x * cells / (float)Size, y * cells / (float)Size);
        var (ix, iy) = ((int)fx, (int)fy);
        var (tx, ty) = (Smooth(fx - ix), Smooth(fy - iy));
        float At(int cx, int cy) => lattice[((cy % cells) * cells) + (cx % cells)];
        var top = At(ix, iy) + ((At(ix + 1, iy) - At(ix, iy)) * tx);
        var bottom = At(ix, iy + 1) + ((At(ix + 1, iy + 1) - At(ix, iy + 1)) * tx);
        return top + ((bottom - top) * ty);
    }

    private static float Smooth(float t) => t * t * (3 - (2 * t));
}
