namespace KapImmersive.Rendering.Panels;

/// <summary>An 8-bit colour of a panel's drawing, alpha not premultiplied (the painter premultiplies).</summary>
public readonly record struct PanelColour(byte Red, byte Green, byte Blue, byte Alpha = 255);
