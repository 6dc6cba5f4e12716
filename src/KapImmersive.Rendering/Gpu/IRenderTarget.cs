namespace KapImmersive.Rendering.Gpu;

/// <summary>
/// Where a frame lands: an offscreen texture, an OpenXR swapchain image, a window's default framebuffer, or one view's
/// rectangle of a WebXR layer's framebuffer (which holds both eyes side by side).
/// </summary>
public interface IRenderTarget
{
    int Framebuffer { get; }

    /// <summary>The left edge of the rectangle drawn into, in the framebuffer's pixels.</summary>
    int X => 0;

    /// <summary>The bottom edge of the rectangle drawn into, in the framebuffer's pixels.</summary>
    int Y => 0;

    int Width { get; }

    int Height { get; }
}
