namespace KapImmersive.Headset.Window;

/// <summary>A key going down or up in the preview window, named by its X keysym (lower case for letters).</summary>
public readonly record struct WindowKey(ulong Keysym, bool Down);
