namespace KapImmersive.Rendering.Pictures;

/// <summary>Which view a picture shows: one headset eye, both side by side (left first), or the flat preview.</summary>
public enum PictureEye
{
    Preview,
    Left,
    Right,
    Both,
}
