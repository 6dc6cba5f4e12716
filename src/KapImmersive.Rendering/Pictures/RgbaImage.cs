using SkiaSharp;

namespace KapImmersive.Rendering.Pictures;

/// <summary>A picture read back from the GPU: 8-bit RGBA, top row first.</summary>
public sealed class RgbaImage
{
    private static readonly float[] Linear = [.. Enumerable.Range(0, 256).Select(v => SrgbToLinear(v / 255f))];

    public RgbaImage(int width, int height, byte[]? pixels = null)
    {
        Width = width;
        Height = height;
        Pixels = pixels ?? new byte[width * height * 4];
        if (Pixels.Length != width * height * 4)
        {
            throw new ArgumentException($"{width}x{height} needs {width * height * 4} bytes, not {Pixels.Length}", nameof(pixels));
        }
    }

    public int Width { get; }

    public int Height { get; }

#pragma warning disable CA1819 // The pixels are the picture; callers read and write them in place.
    public byte[] Pixels { get; }
#pragma warning restore CA1819

    /// <summary>Relative luminance as WCAG defines it (sRGB decoded to linear light, Rec. 709 weights), 0..1.</summary>
    public float LuminanceAt(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (0.2126f * Linear[Pixels[i]]) + (0.7152f * Linear[Pixels[i + 1]]) + (0.0722f * Linear[Pixels[i + 2]]);
    }

    public float MeanLuminance()
    {
        double sum = 0;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                sum += LuminanceAt(x, y);
            }
        }

        return (float)(sum / (Width * Height));
    }

    public void SavePng(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var bitmap = ToBitmap();
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    public static RgbaImage LoadPng(string path)
    {
        using var decoded = SKBitmap.Decode(path) ?? throw new InvalidDataException($"'{path}' is not a picture");
        using var rgba = decoded.Copy(SKColorType.Rgba8888);
        var image = new RgbaImage(rgba.Width, rgba.Height);
        rgba.GetPixelSpan().CopyTo(image.Pixels);
        return image;
    }

    public static float SrgbToLinear(float value) => value <= 0.04045f ? value / 12.92f : MathF.Pow((value + 0.055f) / 1.055f, 2.4f);

    internal SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Pixels.CopyTo(bitmap.GetPixelSpan());
        return bitmap;
    }
}
