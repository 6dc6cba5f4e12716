using System.Runtime.InteropServices;

namespace KapImmersive.Rendering.Egl;

/// <summary>
/// The EGL 1.5 entry points the renderer's contexts need: surfaceless on Mesa (headless, and the XR session's) and on
/// an X11 window (the headset's desktop preview). Hand-bound because no EGL binding package is available here; each
/// call's result is checked by the context that makes it.
/// </summary>
internal static partial class EglNative
{
    private const string Library = "libEGL.so.1";

    public const int PlatformSurfacelessMesa = 0x31DD;
    public const int PlatformX11 = 0x31D5;
    public const int None = 0x3038;
    public const int True = 1;
    public const int Success = 0x3000;
    public const int RenderableType = 0x3040;
    public const int SurfaceType = 0x3033;
    public const int RedSize = 0x3024;
    public const int GreenSize = 0x3023;
    public const int BlueSize = 0x3022;
    public const int OpenGlBit = 0x0008;
    public const int OpenGlEs3Bit = 0x0040;
    public const int PbufferBit = 0x0001;
    public const int WindowBit = 0x0004;
    public const int NativeVisualId = 0x302E;
    public const int OpenGlApi = 0x30A2;
    public const int OpenGlEsApi = 0x30A0;
    public const int ContextMajorVersion = 0x3098;
    public const int ContextMinorVersion = 0x30FB;
    public const int ContextOpenGlProfileMask = 0x30FD;
    public const int ContextOpenGlCoreProfileBit = 0x0001;
    public const int Extensions = 0x3055;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate nint GetPlatformDisplayExt(int platform, nint nativeDisplay, nint attributes);

    [LibraryImport(Library, EntryPoint = "eglGetProcAddress", StringMarshalling = StringMarshalling.Utf8)]
    public static partial nint GetProcAddress(string name);

    [LibraryImport(Library, EntryPoint = "eglGetPlatformDisplay")]
    public static partial nint GetPlatformDisplay(int platform, nint nativeDisplay, nint attributes);

    [LibraryImport(Library, EntryPoint = "eglQueryString")]
    public static partial nint QueryString(nint display, int name);

    [LibraryImport(Library, EntryPoint = "eglInitialize")]
    public static partial int Initialize(nint display, out int major, out int minor);

    [LibraryImport(Library, EntryPoint = "eglChooseConfig")]
    public static partial int ChooseConfig(nint display, int[] attributes, nint[] configs, int size, out int count);

    [LibraryImport(Library, EntryPoint = "eglGetConfigAttrib")]
    public static partial int GetConfigAttrib(nint display, nint config, int attribute, out int value);

    [LibraryImport(Library, EntryPoint = "eglBindAPI")]
    public static partial int BindApi(int api);

    [LibraryImport(Library, EntryPoint = "eglCreateContext")]
    public static partial nint CreateContext(nint display, nint config, nint shareContext, int[] attributes);

    [LibraryImport(Library, EntryPoint = "eglMakeCurrent")]
    public static partial int MakeCurrent(nint display, nint draw, nint read, nint context);

    [LibraryImport(Library, EntryPoint = "eglCreatePlatformWindowSurface")]
    public static partial nint CreatePlatformWindowSurface(nint display, nint config, ref nuint nativeWindow, nint attributes);

    [LibraryImport(Library, EntryPoint = "eglSwapBuffers")]
    public static partial int SwapBuffers(nint display, nint surface);

    [LibraryImport(Library, EntryPoint = "eglSwapInterval")]
    public static partial int SwapInterval(nint display, int interval);

    [LibraryImport(Library, EntryPoint = "eglDestroySurface")]
    public static partial int DestroySurface(nint display, nint surface);

    [LibraryImport(Library, EntryPoint = "eglDestroyContext")]
    public static partial int DestroyContext(nint display, nint context);

    [LibraryImport(Library, EntryPoint = "eglTerminate")]
    public static partial int Terminate(nint display);

    [LibraryImport(Library, EntryPoint = "eglGetError")]
    public static partial int GetError();
}
