using System.Runtime.InteropServices;

namespace KapImmersive.Headset.Xr.Glx;

/// <summary>
/// The GLX 1.4 calls an offscreen OpenGL context on an X display needs, from the system's libGL (glvnd, with Mesa's
/// or the GPU vendor's GLX behind it). Hand-bound like the EGL and Xlib calls; each result is checked by
/// <see cref="GlxContext"/>.
/// </summary>
internal static partial class GlxNative
{
    public const string Library = "libGL.so.1";

    public const int None = 0;
    public const int True = 1;
    public const int Success = 0;
    public const int XRenderable = 0x8012;
    public const int DrawableType = 0x8010;
    public const int WindowBit = 0x1;
    public const int PbufferBit = 0x4;
    public const int RenderType = 0x8011;
    public const int RgbaBit = 0x1;
    public const int RedSize = 8;
    public const int GreenSize = 9;
    public const int BlueSize = 10;
    public const int VisualId = 0x800B;
    public const int PbufferWidth = 0x8041;
    public const int PbufferHeight = 0x8040;
    public const int ContextMajorVersionArb = 0x2091;
    public const int ContextMinorVersionArb = 0x2092;
    public const int ContextProfileMaskArb = 0x9126;
    public const int ContextCoreProfileBitArb = 0x1;

    [LibraryImport(Library, EntryPoint = "glXQueryVersion")]
    public static partial int QueryVersion(nint display, out int major, out int minor);

    [LibraryImport(Library, EntryPoint = "glXQueryExtensionsString")]
    public static partial nint QueryExtensionsString(nint display, int screen);

    /// <summary>Returns an array to free with XFree; its configs stay valid while the display is open.</summary>
    [LibraryImport(Library, EntryPoint = "glXChooseFBConfig")]
    public static unsafe partial nint* ChooseFbConfig(nint display, int screen, int[] attributes, out int count);

    [LibraryImport(Library, EntryPoint = "glXGetFBConfigAttrib")]
    public static partial int GetFbConfigAttrib(nint display, nint config, int attribute, out int value);

    [LibraryImport(Library, EntryPoint = "glXCreatePbuffer")]
    public static partial nuint CreatePbuffer(nint display, nint config, int[] attributes);

    [LibraryImport(Library, EntryPoint = "glXDestroyPbuffer")]
    public static partial void DestroyPbuffer(nint display, nuint pbuffer);

    [LibraryImport(Library, EntryPoint = "glXMakeContextCurrent")]
    public static partial int MakeContextCurrent(nint display, nuint draw, nuint read, nint context);

    [LibraryImport(Library, EntryPoint = "glXDestroyContext")]
    public static partial void DestroyContext(nint display, nint context);

    /// <summary>GL and GLX extension functions (glXCreateContextAttribsARB among them) by name.</summary>
    [LibraryImport(Library, EntryPoint = "glXGetProcAddressARB", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProcAddress(string name);
}
