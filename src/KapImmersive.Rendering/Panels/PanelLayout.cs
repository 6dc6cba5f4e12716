namespace KapImmersive.Rendering.Panels;

/// <summary>
/// The panels' drawings in texture pixels and their size in the room, for every painter of them (<see cref="IPanelArt"/>).
/// Text is large (the prompt's letters stand about 2.5 degrees tall at the prompt's distance) and light grey on
/// near-black: high contrast, never glaring.
/// </summary>
public static class PanelLayout
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

    /// <summary>The text's line height as a multiple of its size; text shrinks (to no less than MinTextSize) only if it would not fit.</summary>
    public const float LineSpacing = 1.25f;
    public const float MinTextSize = 20;

    /// <summary>The card is inset this far from the texture's edges and rounded with this radius.</summary>
    public const float CardInset = 4;
    public const float CornerRadius = 36;

    public const float ButtonCornerRadius = 28;
    public const float ButtonEdgeWidth = 3;

    /// <summary>The dwell ring sits at a button's left end, this far in, with this radius (pixels).</summary>
    public const float RingInset = 62;
    public const float RingRadius = 30;

    public static PanelBox PromptWords { get; } = new(60, 40, PromptWidth - 60, 280);

    public static PanelBox MessageWords { get; } = new(60, 24, MessageWidth - 60, MessageHeight - 24);

    public static PanelBox OkButton { get; } = new(72, 300, 492, 440);

    public static PanelBox NotOkButton { get; } = new(532, 300, 952, 440);

    public static PanelColour Card { get; } = new(14, 15, 20, 232);

    public static PanelColour Ink { get; } = new(176, 180, 188);

    public static PanelColour ButtonFill { get; } = new(26, 28, 35);

    public static PanelColour ButtonEdge { get; } = new(92, 98, 112);

    /// <summary>Where a button's dwell ring is centred.</summary>
    public static (float X, float Y) RingCentre(PanelBox button) => (button.Left + RingInset, button.MidY);

    /// <summary>Where a button's label goes: right of its ring.</summary>
    public static PanelBox LabelArea(PanelBox button) => new(button.Left + (RingInset * 1.7f), button.Top, button.Right - 16, button.Bottom);
}
