using KapImmersive.Headset.Xr.Native;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Xr;

/// <summary>One eye's swapchain: the runtime's GL textures, each wrapped once in a framebuffer the renderer draws into.</summary>
internal sealed unsafe class XrEyeSwapchain : IDisposable
{
    private const long Rgba8 = 0x8058;
    private const long Srgb8Alpha8 = 0x8C43;
    private const ulong ColorAttachmentUsage = 0x1 | 0x20; // colour attachment, sampled
    private readonly TextureFramebuffer[] _targets;

    public XrEyeSwapchain(ulong session, IGl gl, int width, int height)
    {
        Width = width;
        Height = height;
        var info = new XrSwapchainCreateInfo
        {
            Type = XrStructureType.SwapchainCreateInfo,
            UsageFlags = ColorAttachmentUsage,
            Format = PickFormat(session),
            SampleCount = 1, Width = (uint)width, Height = (uint)height, FaceCount = 1, ArraySize = 1, MipCount = 1,
        };
        ulong handle;
        XrCheck.Call(XrApi.CreateSwapchain(session, &info, &handle), "xrCreateSwapchain");
        Handle = handle;
        uint count;
        XrCheck.Call(XrApi.EnumerateSwapchainImages(handle, 0, &count, null), "xrEnumerateSwapchainImages");
        var images = new XrSwapchainImageOpenGl[count];
        for (var i = 0; i < count; i++)
        {
            images[i].Type = XrStructureType.SwapchainImageOpenGlKhr;
        }

        fixed (XrSwapchainImageOpenGl* pointer = images)
        {
            XrCheck.Call(XrApi.EnumerateSwapchainImages(handle, count, &count, pointer), "xrEnumerateSwapchainImages");
        }

        _targets = [.. images.Select(image => TextureFramebuffer.Wrap(gl, (int)image.Image, width, height))];
    }

    public ulong Handle { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Acquires the next image and waits until the compositor is done with it.</summary>
    public TextureFramebuffer Acquire()
    {
        var acquire = new XrSwapchainImageInfo { Type = XrStructureType.SwapchainImageAcquireInfo };
        uint index;
        XrCheck.Call(XrApi.AcquireSwapchainImage(Handle, &acquire, &index), "xrAcquireSwapchainImage");
        var wait = new XrSwapchainImageInfo { Type = XrStructureType.SwapchainImageWaitInfo, Timeout = long.MaxValue };
        XrCheck.Call(XrApi.WaitSwapchainImage(Handle, &wait), "xrWaitSwapchainImage");
        return _targets[index];
    }

    public void Release()
    {
        var release = new XrSwapchainImageInfo { Type = XrStructureType.SwapchainImageReleaseInfo };
        XrCheck.Call(XrApi.ReleaseSwapchainImage(Handle, &release), "xrReleaseSwapchainImage");
    }

    public void Dispose()
    {
        foreach (var target in _targets)
        {
            target.Dispose();
        }

        _ = XrApi.DestroySwapchain(Handle);
    }

    /// <summary>RGBA8 when offered: the renderer writes display-ready colour and does its own gamma; sRGB otherwise.</summary>
    private static long PickFormat(ulong session)
    {
        uint count;
        XrCheck.Call(XrApi.EnumerateSwapchainFormats(session, 0, &count, null), "xrEnumerateSwapchainFormats");
        var formats = stackalloc long[(int)count];
        XrCheck.Call(XrApi.EnumerateSwapchainFormats(session, count, &count, formats), "xrEnumerateSwapchainFormats");
        var offered = new ReadOnlySpan<long>(formats, (int)count);
        return offered.Contains(Rgba8) ? Rgba8
            : offered.Contains(Srgb8Alpha8) ? Srgb8Alpha8
            : throw new XrCallFailedException("xrEnumerateSwapchainFormats: the runtime offers neither GL_RGBA8 nor GL_SRGB8_ALPHA8");
    }
}
