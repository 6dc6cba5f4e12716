using SkiaSharp;

namespace KapImmersive.Rendering.Pictures;

/// <summary>
/// A whole session arc at a glance: pictures in rows, each captioned (its time, phase, darkness), on a dark page so
/// the dim pictures read as they do in the headset.
/// </summary>
public static class ContactSheet
{
    public const int Gap = 12;
    public const int CaptionHeight = 30;

    public static RgbaImage Compose(IReadOnlyList<(RgbaImage Picture, string Caption)> frames, int columns)
    {
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0)
        {
            throw new ArgumentException("a contact sheet needs at least one picture", nameof(frames));
        }

        columns = Math.Clamp(columns, 1, frames.Count);
        var rows = (frames.Count + columns - 1) / columns;
        var cellWidth = frames[0].Picture.Width;
        var cellHeight = frames[0].Picture.Height + CaptionHeight;
        var info = new SKImageInfo(Gap + (columns * (cellWidth + Gap)), Gap + (rows * (cellHeight + Gap)), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { IsAntialias = true, Color = new SKColor(170, 174, 182) })
        using (var font = new SKFont(SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default, 17))
        {
            canvas.Clear(new SKColor(8, 9, 12));
            for (var i = 0; i < frames.Count; i++)
            {
                var x = Gap + (i % columns * (cellWidth + Gap));
                var y = Gap + (i / columns * (cellHeight + Gap));
                using var picture = frames[i].Picture.ToBitmap();
                canvas.DrawBitmap(picture, x, y);
                canvas.DrawText(frames[i].Caption, x + 4, y + picture.Height + 21, SKTextAlign.Left, font, paint);
            }
        }

        var sheet = new RgbaImage(info.Width, info.Height);
        bitmap.GetPixelSpan().CopyTo(sheet.Pixels);
        return sheet;
    }
}
