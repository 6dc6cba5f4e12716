using SkiaSharp;

namespace KapImmersive.Rendering.Panels;

/// <summary>
/// Paints a panel's card, words and buttons into a reusable bitmap with SkiaSharp. Runs only when the words change,
/// never per frame.
/// </summary>
internal sealed class PanelArt : IDisposable
{
    private readonly SKTypeface _typeface = SKTypeface.FromFamilyName("DejaVu Sans") ?? SKTypeface.Default;
    private readonly SKPaint _paint = new() { IsAntialias = true };

    public SKBitmap Prompt { get; } = new(PanelLayout.PromptWidth, PanelLayout.PromptHeight, SKColorType.Rgba8888, SKAlphaType.Premul);

    public SKBitmap Message { get; } = new(PanelLayout.MessageWidth, PanelLayout.MessageHeight, SKColorType.Rgba8888, SKAlphaType.Premul);

    public void PaintPrompt(string prompt, string ok, string notOk)
    {
        using var canvas = new SKCanvas(Prompt);
        Card(canvas, Prompt);
        Words(canvas, prompt, new SKRect(60, 40, PanelLayout.PromptWidth - 60, 280), PanelLayout.PromptTextSize);
        Button(canvas, PanelLayout.OkButton, ok);
        Button(canvas, PanelLayout.NotOkButton, notOk);
    }

    public void PaintMessage(string message)
    {
        using var canvas = new SKCanvas(Message);
        Card(canvas, Message);
        Words(canvas, message, new SKRect(60, 24, PanelLayout.MessageWidth - 60, PanelLayout.MessageHeight - 24), PanelLayout.MessageTextSize);
    }

    public void Dispose()
    {
        _paint.Dispose();
        _typeface.Dispose();
        Prompt.Dispose();
        Message.Dispose();
    }

    private void Card(SKCanvas canvas, SKBitmap bitmap)
    {
        canvas.Clear(SKColors.Transparent);
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = PanelLayout.Card;
        canvas.DrawRoundRect(new SKRect(4, 4, bitmap.Width - 4, bitmap.Height - 4), PanelLayout.CornerRadius, PanelLayout.CornerRadius, _paint);
    }

    private void Button(SKCanvas canvas, SKRect area, string label)
    {
        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = PanelLayout.ButtonFill;
        canvas.DrawRoundRect(area, 28, 28, _paint);
        _paint.Style = SKPaintStyle.Stroke;
        _paint.StrokeWidth = 3;
        _paint.Color = PanelLayout.ButtonEdge;
        canvas.DrawRoundRect(area, 28, 28, _paint);
        var ring = PanelLayout.RingCentre(area);
        canvas.DrawCircle(ring, PanelLayout.RingRadius, _paint);
        var text = new SKRect(area.Left + (PanelLayout.RingInset * 1.7f), area.Top, area.Right - 16, area.Bottom);
        Words(canvas, label, text, PanelLayout.LabelTextSize);
    }

    /// <summary>Centred lines, wrapped at spaces, shrunk a little only if they would not fit.</summary>
    private void Words(SKCanvas canvas, string text, SKRect area, float size)
    {
        using var font = new SKFont(_typeface, size);
        var lines = Wrap(text, font, area.Width);
        while (lines.Count * size * 1.25f > area.Height && size > 20)
        {
            size *= 0.9f;
            font.Size = size;
            lines = Wrap(text, font, area.Width);
        }

        _paint.Style = SKPaintStyle.Fill;
        _paint.Color = PanelLayout.Ink;
        var lineHeight = size * 1.25f;
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
