using SkiaSharp;

namespace KapImmersive.Rendering.Panels;

/// <summary>The panels painted with SkiaSharp (DejaVu Sans), into bitmaps kept for reuse and copied out.</summary>
public sealed class SkiaPanelArt : IPanelArt, IDisposable
{
    private readonly SKTypeface _typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
    private readonly SKPaint _paint = new() { IsAntialias = true };
    private readonly SKBitmap _prompt = new(PanelLayout.PromptWidth, PanelLayout.PromptHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
    private readonly SKBitmap _message = new(PanelLayout.MessageWidth, PanelLayout.MessageHeight, SKColorType.Rgba8888, SKAlphaType.Premul);

    public void PaintPrompt(string prompt, string okLabel, string notOkLabel, Span<byte> rgba)
    {
        using (var canvas = new SKCanvas(_prompt))
        {
            Card(canvas, _prompt);
            Words(canvas, prompt, PanelLayout.PromptWords, PanelLayout.PromptTextSize);
            Button(canvas, PanelLayout.OkButton, okLabel);
            Button(canvas, PanelLayout.NotOkButton, notOkLabel);
        }

        _prompt.GetPixelSpan().CopyTo(rgba);
    }

    public void PaintMessage(string message, Span<byte> rgba)
    {
        using (var canvas = new SKCanvas(_message))
        {
            Card(canvas, _message);
            Words(canvas, message, PanelLayout.MessageWords, PanelLayout.MessageTextSize);
        }

        _message.GetPixelSpan().CopyTo(rgba);
    }

    public void Dispose()
    {
        _paint.Dispose();
        _typeface.Dispose();
        _prompt.Dispose();
        _message.Dispose();
    }

    private static SKRect Rect(PanelBox box) => new(box.Left, box.Top, box.Right, box.Bottom);

    private static SKColor Colour(PanelColour colour) => new(colour.Red, colour.Green, colour.Blue, colour.Alpha);

    private void Card(SKCanvas canvas, SKBitmap bitmap)
    {
        canvas.Clear(SKColors.Transparent);
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = Colour(PanelLayout.Card);
        var inset = PanelLayout.CardInset;
        canvas.DrawRoundRect(new SKRect(inset, inset, bitmap.Width - inset, bitmap.Height - inset), PanelLayout.CornerRadius, PanelLayout.CornerRadius, _paint);
    }

    private void Button(SKCanvas canvas, PanelBox button, string label)
    {
        var area = Rect(button);
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = Colour(PanelLayout.ButtonFill);
        canvas.DrawRoundRect(area, PanelLayout.ButtonCornerRadius, PanelLayout.ButtonCornerRadius, _paint);
        _paint.Style = SKPaintStyle.Stroke;
        _paint.StrokeWidth = PanelLayout.ButtonEdgeWidth;
        _paint.Color = Colour(PanelLayout.ButtonEdge);
        canvas.DrawRoundRect(area, PanelLayout.ButtonCornerRadius, PanelLayout.ButtonCornerRadius, _paint);
        var (x, y) = PanelLayout.RingCentre(button);
        canvas.DrawCircle(x, y, PanelLayout.RingRadius, _paint);
        Words(canvas, label, PanelLayout.LabelArea(button), PanelLayout.LabelTextSize);
    }

    /// <summary>Centred lines, wrapped at spaces, shrunk a little only if they would not fit.</summary>
    private void Words(SKCanvas canvas, string text, PanelBox area, float size)
    {
        using var font = new SKFont(_typeface, size);
        var lines = Wrap(text, font, area.Width);
        while (lines.Count * size * PanelLayout.LineSpacing > area.Height && size > PanelLayout.MinTextSize)
        {
            size *= 0.9f;
            font.Size = size;
            lines = Wrap(text, font, area.Width);
        }

        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = Colour(PanelLayout.Ink);
        var lineHeight = size * PanelLayout.LineSpacing;
        var baseline = area.MidY - (lineHeight * (lines.Count - 1) / 2) + (size * 0.36f);
        foreach (var line in lines)
        {
            canvas.DrawText(line, area.MidX, baseline, SKTextAlign.Center, font, _paint);
            baseline += lineHeight;
        }
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }
}
