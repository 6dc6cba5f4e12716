namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// The default framebuffer of whatever window surface is current (the headset app's desktop window); the app that
/// owns the window tells its size when it changes.
/// </summary>
public sealed class WindowTarget(int width, int height) : IRenderTarget
{
    public int Framebuffer => 0;

    public int Width { get; set; } = width;

    public int Height { get; set; } = height;
}
