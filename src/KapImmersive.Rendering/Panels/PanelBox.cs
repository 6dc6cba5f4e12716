namespace KapImmersive.Rendering.Panels;

/// <summary>A rectangle on a panel's card, in texture pixels from the card's top left.</summary>
public readonly record struct PanelBox(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;

    public float Height => Bottom - Top;

    public float MidX => (Left + Right) / 2;

    public float MidY => (Top + Bottom) / 2;
}
