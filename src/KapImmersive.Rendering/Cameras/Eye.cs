namespace KapImmersive.Rendering.Cameras;

public enum Eye
{
    Left,
    Right,
}
