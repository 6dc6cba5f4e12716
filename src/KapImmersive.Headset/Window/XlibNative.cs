using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Window;

/// <summary>
/// The few Xlib calls a preview window and the XR session's GLX context need. Hand-bound because no windowing package
/// is available here; each result is checked by <see cref="X11Window"/> or the GLX context.
/// </summary>
internal static partial class XlibNative
{
    private const string Library = "libX11.so.6";

    public const long KeyPressMask = 1L << 0;
    public const long KeyReleaseMask = 1L << 1;
    public const long StructureNotifyMask = 1L << 17;
    public const int KeyPress = 2;
    public const int KeyRelease = 3;
    public const int MapNotify = 19;
    public const int ConfigureNotify = 22;
    public const int ClientMessage = 33;

    /// <summary>XEvent is a union of 24 longs; the fields read here sit at fixed offsets on 64-bit Linux.</summary>
    public const int EventSize = 24 * sizeof(long);
    public const int ConfigureWidthOffset = 56;
    public const int ConfigureHeightOffset = 60;

    /// <summary>XClientMessageEvent: message_type (an Atom) after type, serial, send_event, display and window; data.l[0] after format.</summary>
    public const int ClientMessageTypeOffset = 40;
    public const int ClientMessageDataOffset = 56;

    [LibraryImport(Library, EntryPoint = "XOpenDisplay", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OpenDisplay(string? name);

    [LibraryImport(Library, EntryPoint = "XCloseDisplay")]
    public static partial int CloseDisplay(nint display);

    [LibraryImport(Library, EntryPoint = "XDefaultScreen")]
    public static partial int DefaultScreen(nint display);

    [LibraryImport(Library, EntryPoint = "XRootWindow")]
    public static partial nuint RootWindow(nint display, int screen);

    [LibraryImport(Library, EntryPoint = "XBlackPixel")]
    public static partial nuint BlackPixel(nint display, int screen);

    [LibraryImport(Library, EntryPoint = "XDefaultVisual")]
    public static partial nint DefaultVisual(nint display, int screen);

    [LibraryImport(Library, EntryPoint = "XVisualIDFromVisual")]
    public static partial nuint VisualIdFromVisual(nint visual);

    [LibraryImport(Library, EntryPoint = "XCreateSimpleWindow")]
    public static partial nuint CreateSimpleWindow(nint display, nuint parent, int x, int y, uint width, uint height,
        uint borderWidth, nuint border, nuint background);

    [LibraryImport(Library, EntryPoint = "XStoreName", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int StoreName(nint display, nuint window, string name);

    [LibraryImport(Library, EntryPoint = "XSelectInput")]
    public static partial int SelectInput(nint display, nuint window, nint mask);

    [LibraryImport(Library, EntryPoint = "XMapWindow")]
    public static partial int MapWindow(nint display, nuint window);

    [LibraryImport(Library, EntryPoint = "XInternAtom", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint InternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport(Library, EntryPoint = "XSetWMProtocols")]
    public static unsafe partial int SetWmProtocols(nint display, nuint window, nuint* protocols, int count);

    [LibraryImport(Library, EntryPoint = "XPending")]
    public static partial int Pending(nint display);

    [LibraryImport(Library, EntryPoint = "XNextEvent")]
    public static unsafe partial int NextEvent(nint display, byte* xevent);

    [LibraryImport(Library, EntryPoint = "XLookupKeysym")]
    public static unsafe partial nuint LookupKeysym(byte* keyEvent, int index);

    [LibraryImport(Library, EntryPoint = "XSync")]
    public static partial int Sync(nint display, int discard);

    [LibraryImport(Library, EntryPoint = "XFree")]
    public static partial int Free(nint data);

    /// <summary>Sets the process's X error handler (int handler(Display*, XErrorEvent*)); returns the previous one.</summary>
    [LibraryImport(Library, EntryPoint = "XSetErrorHandler")]
    public static partial nint SetErrorHandler(nint handler);

    [LibraryImport(Library, EntryPoint = "XDestroyWindow")]
    public static partial int DestroyWindow(nint display, nuint window);
}
