using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>
/// A second client of the test's X server, doing what a person at the desk would: pressing keys in the preview
/// window (XTEST) and looking at what the window shows (XGetImage).
/// </summary>
internal sealed class XClient : IDisposable
{
    private readonly nint _display;

    public XClient(string name)
    {
        _display = XClientNative.OpenDisplay(name);
        Assert.True(_display != 0, $"the test could not connect to the X server {name}");
    }

    /// <summary>Presses and releases the key for <paramref name="keysym"/> with the focus on <paramref name="window"/>.</summary>
    public void Press(nuint window, ulong keysym)
    {
        Send(window, keysym, down: true);
        Send(window, keysym, down: false);
    }

    /// <summary>Puts the key for <paramref name="keysym"/> down (or lets it up) with the focus on <paramref name="window"/>.</summary>
    public void Send(nuint window, ulong keysym, bool down)
    {
        var keycode = XClientNative.KeysymToKeycode(_display, (nuint)keysym);
        Assert.NotEqual(0, keycode);
        _ = XClientNative.SetInputFocus(_display, window, XClientNative.RevertToParent, 0);
        Assert.NotEqual(0, XClientNative.FakeKeyEvent(_display, keycode, down ? 1 : 0, 0));
        _ = XClientNative.Sync(_display, 0);
    }

    /// <summary>The top-level windows on the screen (Xvfb runs no window manager, so an app's window is one of them).</summary>
    public unsafe IReadOnlyList<nuint> TopLevelWindows()
    {
        nuint root, parent;
        nuint* children;
        uint count;
        Assert.NotEqual(0, XClientNative.QueryTree(_display, XClientNative.DefaultRootWindow(_display), &root, &parent, &children, &count));
        var windows = new nuint[count];
        for (var i = 0; i < count; i++)
        {
            windows[i] = children[i];
        }

        if (children != null)
        {
            _ = XClientNative.Free(children);
        }

        return windows;
    }

    /// <summary>Clicks the window manager's close button, as far as the window can tell: a WM_DELETE_WINDOW client message.</summary>
    public unsafe void Close(nuint window)
    {
        var xevent = stackalloc byte[24 * sizeof(long)];
        new Span<byte>(xevent, 24 * sizeof(long)).Clear();
        *(int*)xevent = XClientNative.ClientMessage;
        *(nuint*)(xevent + 32) = window;
        *(nuint*)(xevent + 40) = XClientNative.InternAtom(_display, "WM_PROTOCOLS", 0);
        *(int*)(xevent + 48) = 32;
        *(nuint*)(xevent + 56) = XClientNative.InternAtom(_display, "WM_DELETE_WINDOW", 0);
        Assert.NotEqual(0, XClientNative.SendEvent(_display, window, 0, XClientNative.NoEventMask, xevent));
        _ = XClientNative.Sync(_display, 0);
    }

    /// <summary>The window's pixels as the X server holds them, as RGBA rows top-down.</summary>
    public unsafe byte[] Capture(nuint window, int width, int height)
    {
        var image = XClientNative.GetImage(_display, window, 0, 0, (uint)width, (uint)height, nuint.MaxValue, XClientNative.ZPixmap);
        Assert.True(image != 0, "XGetImage of the preview window failed");
        try
        {
            var bytes = (byte*)image;
            Assert.Equal(32, *(int*)(bytes + XClientNative.ImageBitsPerPixelOffset));
            var stride = *(int*)(bytes + XClientNative.ImageBytesPerLineOffset);
            var data = *(byte**)(bytes + XClientNative.ImageDataOffset);
            var rgba = new byte[width * height * 4];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    var pixel = data + (y * stride) + (x * 4); // 24-bit TrueColor, little-endian: blue, green, red, unused
                    var at = ((y * width) + x) * 4;
                    (rgba[at], rgba[at + 1], rgba[at + 2], rgba[at + 3]) = (pixel[2], pixel[1], pixel[0], 255);
                }
            }

            return rgba;
        }
        finally
        {
            var destroy = (delegate* unmanaged<nint, int>)*(nint*)((byte*)image + XClientNative.ImageDestroyOffset);
            _ = destroy(image);
        }
    }

    public void Dispose() => _ = XClientNative.CloseDisplay(_display);
}
