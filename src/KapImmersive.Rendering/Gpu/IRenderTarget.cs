namespace KapImmersive.Rendering.Gpu;

/// <summary>Where a frame lands: an offscreen texture, an OpenXR swapchain image, or a window's default framebuffer.</summary>
public interface IRenderTarget
{
    int Framebuffer { get; }

    int Width { get; }

    int Height { get; }
}
