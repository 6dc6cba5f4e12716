namespace KapImmersive.Headset.Display;

/// <summary>The console's live preview in every display mode: small, 16:9, enough to see the room and a prompt at a glance.</summary>
public static class PreviewSize
{
    public const int Width = 320;
    public const int Height = 180;
}
