using SkiaSharp;

namespace KapImmersive.Headset.Display;

/// <summary>
/// Turns the preview's pixels into a small JPEG for the console, lowering the quality until it fits the clinic's
/// size cap. Runs at most once a second, so its allocations never touch the frame budget.
/// </summary>
public static class PreviewEncoder
{
    /// <returns>The JPEG, or null when even the lowest quality is over the cap.</returns>
    public static byte[]? Encode(ReadOnlySpan<byte> rgba, int width, int height, int maxBytes)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        rgba[..(width * height * 4)].CopyTo(bitmap.GetPixelSpan());

        foreach (var quality in new[] { 80, 65, 50, 35 })
        {
            using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
            if (data is not null && data.Size <= maxBytes)
            {
                return data.ToArray();
            }
        }

        return null;
    }
}
