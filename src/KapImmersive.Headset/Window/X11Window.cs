using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Window;

/// <summary>
/// A plain X11 window for the desktop preview, with its own connection to the X server. Its events are pumped on
/// the frame loop's thread (the only thread that touches it): size changes are kept, keys wait for the keyboard, and
/// the window manager's close button only raises <see cref="CloseRequested"/>, so the app can end the session gently
/// instead of vanishing under the patient.
/// </summary>
public sealed class X11Window : IDisposable
{
    public const string NoDisplay = "no X display: set DISPLAY or use Display=Headless";

    private readonly Queue<WindowKey> _keys = new();
    private readonly byte[] _event = new byte[XlibNative.EventSize];

    private readonly nuint _protocols;
    private readonly nuint _deleteWindow;

    private X11Window(nint display, nuint handle, int screen, int width, int height, nuint protocols, nuint deleteWindow)
    {
        _protocols = protocols;
        _deleteWindow = deleteWindow;
        Display = display;
        Handle = handle;
        Screen = screen;
        Width = width;
        Height = height;
    }

    /// <summary>The X connection (Xlib's Display*), for EGL.</summary>
    public nint Display { get; }

    /// <summary>The window's XID.</summary>
    public nuint Handle { get; }

    public int Screen { get; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>True once someone asked the window to close (WM_DELETE_WINDOW); the window stays until disposed.</summary>
    public bool CloseRequested { get; private set; }

    /// <summary>Why no window can be opened here (in plain words), or null when an X display answers.</summary>
    public static string? Unavailable(string? displayName = null)
    {
        var name = displayName ?? Environment.GetEnvironmentVariable("DISPLAY");
        if (string.IsNullOrEmpty(name))
        {
            return NoDisplay;
        }

        var display = Connect(name, out var problem);
        if (display != 0)
        {
            _ = XlibNative.CloseDisplay(display);
        }

        return problem;
    }

    /// <summary>Opens a window on <paramref name="displayName"/> (or $DISPLAY) and waits until it is on screen.</summary>
    public static unsafe X11Window Open(string title, int width, int height, string? displayName = null)
    {
        var name = displayName ?? Environment.GetEnvironmentVariable("DISPLAY");
        var display = string.IsNullOrEmpty(name) ? 0 : Connect(name, out _);
        if (display == 0)
        {
            throw new InvalidOperationException(string.IsNullOrEmpty(name) ? NoDisplay : $"{NoDisplay} ('{name}' does not answer)");
        }

        var screen = XlibNative.DefaultScreen(display);
        var black = XlibNative.BlackPixel(display, screen);
        var handle = XlibNative.CreateSimpleWindow(display, XlibNative.RootWindow(display, screen), 0, 0, (uint)width, (uint)height, 0, black, black);
        if (handle == 0)
        {
            _ = XlibNative.CloseDisplay(display);
            throw new InvalidOperationException($"XCreateSimpleWindow failed on '{name}'");
        }

        _ = XlibNative.StoreName(display, handle, title);
        var protocols = XlibNative.InternAtom(display, "WM_PROTOCOLS", 0);
        var deleteWindow = XlibNative.InternAtom(display, "WM_DELETE_WINDOW", 0);
        _ = XlibNative.SetWmProtocols(display, handle, &deleteWindow, 1);
        _ = XlibNative.SelectInput(display, handle, (nint)(XlibNative.KeyPressMask | XlibNative.KeyReleaseMask | XlibNative.StructureNotifyMask));
        _ = XlibNative.MapWindow(display, handle);
        var window = new X11Window(display, handle, screen, width, height, protocols, deleteWindow);
        window.WaitUntilMapped();
        return window;
    }

    /// <summary>Takes every event the X server has sent, without waiting for more.</summary>
    public void Pump()
    {
        while (XlibNative.Pending(Display) > 0)
        {
            Take();
        }
    }

    public bool TryReadKey(out WindowKey key) => _keys.TryDequeue(out key);

    public void Dispose()
    {
        // Teardown failures leave nothing to recover: closing the connection frees the window on the server anyway.
        _ = XlibNative.DestroyWindow(Display, Handle);
        _ = XlibNative.CloseDisplay(Display);
    }

    private static nint Connect(string name, out string? problem)
    {
        try
        {
            var display = XlibNative.OpenDisplay(name);
            problem = display == 0 ? $"{NoDisplay} ('{name}' does not answer)" : null;
            return display;
        }
        catch (DllNotFoundException)
        {
            problem = "no X display: libX11 is not installed (libx11-6); use Display=Headless";
            return 0;
        }
    }

    private void WaitUntilMapped()
    {
        while (Take() != XlibNative.MapNotify)
        {
        }
    }

    /// <summary>Waits for one event and keeps what it says; returns its type.</summary>
    private unsafe int Take()
    {
        fixed (byte* xevent = _event)
        {
            _ = XlibNative.NextEvent(Display, xevent);
            var type = *(int*)xevent;
            if (type is XlibNative.KeyPress or XlibNative.KeyRelease)
            {
                _keys.Enqueue(new WindowKey(XlibNative.LookupKeysym(xevent, 0), type == XlibNative.KeyPress));
            }
            else if (type == XlibNative.ConfigureNotify)
            {
                Width = *(int*)(xevent + XlibNative.ConfigureWidthOffset);
                Height = *(int*)(xevent + XlibNative.ConfigureHeightOffset);
            }
            else if (type == XlibNative.ClientMessage && *(nuint*)(xevent + XlibNative.ClientMessageTypeOffset) == _protocols
                && *(nuint*)(xevent + XlibNative.ClientMessageDataOffset) == _deleteWindow)
            {
                CloseRequested = true;
            }

            return type;
        }
    }
}
