using KapImmersive.Rendering.Pictures;
using Microsoft.Playwright;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>What the emulated headset shows, read from the page: the XR canvas holds the left eye on its left half, the right on its right.</summary>
internal static class Screenshots
{
    public static async Task<RgbaImage> TakeAsync(IPage page)
    {
        var file = Path.Combine(Path.GetTempPath(), $"kap-web-shot-{Guid.NewGuid():N}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        try
        {
            return RgbaImage.LoadPng(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Whether the left and right halves (the eyes) differ anywhere: a mono copy would not.</summary>
    public static bool EyesDiffer(RgbaImage image)
    {
        var half = image.Width / 2;
        var differing = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < half; x++)
            {
                var left = ((y * image.Width) + x) * 4;
                var right = left + (half * 4);
                differing += Math.Abs(image.Pixels[left] - image.Pixels[right]) + Math.Abs(image.Pixels[left + 1] - image.Pixels[right + 1]) > 8 ? 1 : 0;
            }
        }

        return differing > half * image.Height / 1000;
    }

    public static (double Left, double Right) EyeLuminances(RgbaImage image)
    {
        double left = 0, right = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var i = ((y * image.Width) + x) * 4;
                var luminance = ((0.2126 * image.Pixels[i]) + (0.7152 * image.Pixels[i + 1]) + (0.0722 * image.Pixels[i + 2])) / 255;
                if (x < image.Width / 2)
                {
                    left += luminance;
                }
                else
                {
                    right += luminance;
                }
            }
        }

        var half = image.Width / 2 * image.Height;
        return (left / half, right / half);
    }
}
