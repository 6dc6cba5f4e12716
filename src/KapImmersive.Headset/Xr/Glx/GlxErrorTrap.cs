using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KapImmersive.Headset.Window;

namespace KapImmersive.Headset.Xr.Glx;

/// <summary>
/// Catches the X protocol errors a GLX request can raise while the context is made (no 3.3 core context on this
/// GPU, a config the server refuses). Xlib's default handler would print a request dump and end the process; the
/// trap keeps the error code so the caller can say what failed. Used on one thread, around start-up calls only.
/// </summary>
internal sealed unsafe class GlxErrorTrap : IDisposable
{
    private const int ErrorCodeOffset = 32; // XErrorEvent: int type, Display*, XID resourceid, unsigned long serial, then the code

    // Xlib hands its error handler no user data, so the code it reports can only land in a static; one per thread,
    // because the handler runs on the thread whose request failed.
    [ThreadStatic]
    private static int t_errorCode;

    private readonly nint _display;
    private readonly nint _previous;

    public GlxErrorTrap(nint display)
    {
        _display = display;
        _ = XlibNative.Sync(display, 0);
        t_errorCode = 0;
        _previous = XlibNative.SetErrorHandler((nint)(delegate* unmanaged[Cdecl]<nint, byte*, int>)&OnError);
    }

    /// <summary>Waits until the server has answered every request so far; the X error code of the first that failed, 0 if none.</summary>
    public int TakeError()
    {
        _ = XlibNative.Sync(_display, 0);
        var code = t_errorCode;
        t_errorCode = 0;
        return code;
    }

    public void Dispose()
    {
        _ = XlibNative.Sync(_display, 0);
        _ = XlibNative.SetErrorHandler(_previous);
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int OnError(nint display, byte* errorEvent)
    {
        if (t_errorCode == 0)
        {
            t_errorCode = errorEvent[ErrorCodeOffset];
        }

        return 0;
    }
}
