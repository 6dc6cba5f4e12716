using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Web.Display;

/// <summary>One view's rectangle of the WebXR layer's framebuffer, which holds every view side by side.</summary>
internal sealed class XrViewTarget(int framebuffer) : IRenderTarget
{
    public int Framebuffer => framebuffer;

    public int X { get; set; }

    public int Y { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }
}
