using SkiaSharp;

namespace KapImmersive.Rendering.Panels;

/// <summary>
/// The panels' drawings in texture pixels and their size in the room. Text is large (the prompt's letters stand about
/// 2.5 degrees tall at the prompt's distance) and light grey on near-black: high contrast, never glaring.
/// </summary>
internal static class PanelLayout
{
    public const int PromptWidth = 1024;
    public const int PromptHeight = 512;
    public const float PromptWidthMetres = 1.1f;

    public const int MessageWidth = 1024;
    public const int MessageHeight = 256;
    public const float MessageWidthMetres = 1.2f;

    public const float PromptTextSize = 62;
    public const float LabelTextSize = 46;
    public const float MessageTextSize = 54;
    public const float CornerRadius = 36;

    public static readonly SKRect OkButton = new(72, 300, 492, 440);
    public static readonly SKRect NotOkButton = new(532, 300, 952, 440);

    /// <summary>The dwell ring sits at a button's left end, this far in, with this radius (pixels).</summary>
    public const float RingInset = 62;
    public const float RingRadius = 30;

    public static readonly SKColor Card = new(14, 15, 20, 232);
    public static readonly SKColor Ink = new(176, 180, 188);
    public static readonly SKColor ButtonFill = new(26, 28, 35, 255);
    public static readonly SKColor ButtonEdge = new(92, 98, 112);

    public static SKPoint RingCentre(SKRect button) => new(button.Left + RingInset, button.MidY);
}
