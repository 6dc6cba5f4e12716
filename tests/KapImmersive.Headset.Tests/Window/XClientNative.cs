using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>What a test needs of Xlib and the XTEST extension to press keys in a window and read its pixels.</summary>
internal static partial class XClientNative
{
    private const string X11 = "libX11.so.6";
    private const string Xtst = "libXtst.so.6";

    public const int ZPixmap = 2;
    public const int RevertToParent = 2;
    public const int ImageDataOffset = 16;
    public const int ImageBytesPerLineOffset = 44;
    public const int ImageBitsPerPixelOffset = 48;

    /// <summary>XDestroyImage is a macro calling the image's own destroy_image, kept at this offset in XImage.</summary>
    public const int ImageDestroyOffset = 96;

    [LibraryImport(X11, EntryPoint = "XOpenDisplay", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint OpenDisplay(string name);

    [LibraryImport(X11, EntryPoint = "XCloseDisplay")]
    public static partial int CloseDisplay(nint display);

    [LibraryImport(X11, EntryPoint = "XKeysymToKeycode")]
    public static partial byte KeysymToKeycode(nint display, nuint keysym);

    [LibraryImport(X11, EntryPoint = "XSetInputFocus")]
    public static partial int SetInputFocus(nint display, nuint window, int revertTo, nuint time);

    [LibraryImport(X11, EntryPoint = "XSync")]
    public static partial int Sync(nint display, int discard);

    [LibraryImport(X11, EntryPoint = "XGetImage")]
    public static partial nint GetImage(nint display, nuint drawable, int x, int y, uint width, uint height, nuint planeMask, int format);

    public const int ClientMessage = 33;
    public const int NoEventMask = 0;

    [LibraryImport(X11, EntryPoint = "XInternAtom", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nuint InternAtom(nint display, string name, int onlyIfExists);

    [LibraryImport(X11, EntryPoint = "XDefaultRootWindow")]
    public static partial nuint DefaultRootWindow(nint display);

    [LibraryImport(X11, EntryPoint = "XQueryTree")]
    public static unsafe partial int QueryTree(nint display, nuint window, nuint* root, nuint* parent, nuint** children, uint* count);

    [LibraryImport(X11, EntryPoint = "XFree")]
    public static unsafe partial int Free(void* data);

    [LibraryImport(X11, EntryPoint = "XSendEvent")]
    public static unsafe partial int SendEvent(nint display, nuint window, int propagate, nint eventMask, byte* xevent);

    [LibraryImport(Xtst, EntryPoint = "XTestFakeKeyEvent")]
    public static partial int FakeKeyEvent(nint display, uint keycode, int isPress, nuint delay);
}
