using System.Globalization;
using KapImmersive.Rendering.Headless;
using Silk.NET.OpenGL;

namespace KapImmersive.Headset.Window;

/// <summary>
/// An OpenGL context drawing into an X11 window through EGL's X11 platform (Mesa). Current on the thread that made
/// it; GL calls and swaps must stay on that thread.
/// </summary>
public sealed class WindowGlContext : IDisposable
{
    private readonly nint _display;
    private readonly nint _surface;
    private readonly nint _context;

    private WindowGlContext(nint display, nint surface, nint context, GlFlavour flavour)
    {
        _display = display;
        _surface = surface;
        _context = context;
        Flavour = flavour;
        Gl = GL.GetApi(WindowEglNative.GetProcAddress);
    }

    public GL Gl { get; }

    public GlFlavour Flavour { get; }

    public string Renderer => Gl.GetStringS(StringName.Renderer) ?? "unknown";

    public static WindowGlContext Create(X11Window window, GlFlavour flavour = GlFlavour.Desktop33Core)
    {
        ArgumentNullException.ThrowIfNull(window);
        var display = WindowEglNative.GetPlatformDisplay(WindowEglNative.PlatformX11, window.Display, 0);
        Check(display != 0, "eglGetPlatformDisplay(X11)");
        Check(WindowEglNative.Initialize(display, out _, out _) == WindowEglNative.True, "eglInitialize");

        var es = flavour == GlFlavour.Es30;
        var config = ConfigMatchingWindow(display, window, es);
        Check(WindowEglNative.BindApi(es ? WindowEglNative.OpenGlEsApi : WindowEglNative.OpenGlApi) == WindowEglNative.True, "eglBindAPI");
        int[] contextAttributes = es
            ? [WindowEglNative.ContextMajorVersion, 3, WindowEglNative.ContextMinorVersion, 0, WindowEglNative.None]
            : [WindowEglNative.ContextMajorVersion, 3, WindowEglNative.ContextMinorVersion, 3,
                WindowEglNative.ContextOpenGlProfileMask, WindowEglNative.ContextOpenGlCoreProfileBit, WindowEglNative.None];
        var context = WindowEglNative.CreateContext(display, config, 0, contextAttributes);
        Check(context != 0, "eglCreateContext");
        var handle = window.Handle;
        var surface = WindowEglNative.CreatePlatformWindowSurface(display, config, ref handle, 0);
        Check(surface != 0, "eglCreatePlatformWindowSurface");
        Check(WindowEglNative.MakeCurrent(display, surface, surface, context) == WindowEglNative.True, "eglMakeCurrent");

        // The frame loop keeps its own pace; waiting for a vertical blank here as well would halve it on a slow screen.
        Check(WindowEglNative.SwapInterval(display, 0) == WindowEglNative.True, "eglSwapInterval");
        return new WindowGlContext(display, surface, context, flavour);
    }

    /// <summary>Shows what was drawn into framebuffer 0.</summary>
    public void Swap() => Check(WindowEglNative.SwapBuffers(_display, _surface) == WindowEglNative.True, "eglSwapBuffers");

    public void Dispose()
    {
        // Teardown failures leave nothing to recover; the process's EGL state is released either way.
        _ = WindowEglNative.MakeCurrent(_display, 0, 0, 0);
        _ = WindowEglNative.DestroySurface(_display, _surface);
        _ = WindowEglNative.DestroyContext(_display, _context);
        _ = WindowEglNative.Terminate(_display);
        Gl.Dispose();
    }

    /// <summary>A window config whose X visual is the window's own, so the surface can be made on it.</summary>
    private static nint ConfigMatchingWindow(nint display, X11Window window, bool es)
    {
        int[] attributes =
        [
            WindowEglNative.RenderableType, es ? WindowEglNative.OpenGlEs3Bit : WindowEglNative.OpenGlBit,
            WindowEglNative.SurfaceType, WindowEglNative.WindowBit,
            WindowEglNative.RedSize, 8, WindowEglNative.GreenSize, 8, WindowEglNative.BlueSize, 8,
            WindowEglNative.None,
        ];
        var configs = new nint[64];
        Check(WindowEglNative.ChooseConfig(display, attributes, configs, configs.Length, out var count) == WindowEglNative.True && count > 0,
            "eglChooseConfig (window, 8-bit colour)");
        var visual = (int)XlibNative.VisualIdFromVisual(XlibNative.DefaultVisual(window.Display, window.Screen));
        for (var i = 0; i < count; i++)
        {
            if (WindowEglNative.GetConfigAttrib(display, configs[i], WindowEglNative.NativeVisualId, out var id) == WindowEglNative.True && id == visual)
            {
                return configs[i];
            }
        }

        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
            $"EGL has no config for the window's X visual 0x{visual:X}; the preview window needs a 24-bit TrueColor screen"));
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{what} failed (EGL error 0x{WindowEglNative.GetError():X4}); the preview window needs Mesa's EGL (libegl1 libegl-mesa0 libgl1-mesa-dri)"));
        }
    }
}
