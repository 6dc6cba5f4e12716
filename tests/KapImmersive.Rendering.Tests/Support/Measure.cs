using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>Measurements on pictures that the tests share.</summary>
internal static class Measure
{
    /// <summary>Mean stored value (Rec. 709 weights, 0..1) before decoding: the scale the exposure multiplies.</summary>
    public static double MeanValue(RgbaImage image)
    {
        double sum = 0;
        for (var i = 0; i < image.Pixels.Length; i += 4)
        {
            sum += (0.2126 * image.Pixels[i]) + (0.7152 * image.Pixels[i + 1]) + (0.0722 * image.Pixels[i + 2]);
        }

        return sum / 255 / (image.Width * image.Height);
    }

    /// <summary>WCAG contrast ratio of two relative luminances.</summary>
    public static double Contrast(double a, double b) => (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);

    /// <summary>Brightness-weighted centre of the pixels brighter than the threshold (relative luminance), or null.</summary>
    public static (double X, double Y)? BrightCentre(RgbaImage image, float threshold)
    {
        double sx = 0, sy = 0, sw = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var l = image.LuminanceAt(x, y);
                if (l > threshold)
                {
                    sx += x * l;
                    sy += y * l;
                    sw += l;
                }
            }
        }

        return sw == 0 ? null : (sx / sw, sy / sw);
    }

    /// <summary>
    /// What one picture adds to another, pixel by pixel (negative differences clamp to black): the breathing light
    /// alone, from a frame with it and the same frame without it, whatever else in the room is bright.
    /// </summary>
    public static RgbaImage Added(RgbaImage with, RgbaImage without)
    {
        var added = new RgbaImage(with.Width, with.Height);
        for (var i = 0; i < with.Pixels.Length; i++)
        {
            added.Pixels[i] = (i & 3) == 3 ? (byte)255 : (byte)Math.Max(0, with.Pixels[i] - without.Pixels[i]);
        }

        return added;
    }

    /// <summary>The box around every pixel that differs between two pictures by more than a few steps.</summary>
    public static (int Left, int Top, int Right, int Bottom, int Count) Changed(RgbaImage a, RgbaImage b, int steps = 6)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1, count = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var i = ((y * a.Width) + x) * 4;
                var d = Math.Abs(a.Pixels[i] - b.Pixels[i]) + Math.Abs(a.Pixels[i + 1] - b.Pixels[i + 1]) + Math.Abs(a.Pixels[i + 2] - b.Pixels[i + 2]);
                if (d > steps)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
                    count++;
                }
            }
        }

        return (left, top, right, bottom, count);
    }
}
