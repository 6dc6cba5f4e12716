using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Native;

/// <summary>
/// A GLX context on an X display, chained to xrCreateSession (XR_KHR_opengl_enable's Xlib binding, as
/// openxr_platform.h declares it): what SteamVR on Linux accepts.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct XrGraphicsBindingOpenGlXlib
{
    public XrStructureType Type;
    public void* Next;
    public nint XDisplay;
    public uint VisualId;
    public nint GlxFbConfig;
    public nuint GlxDrawable;
    public nint GlxContext;
}
