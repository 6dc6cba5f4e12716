using System.Globalization;
using KapImmersive.Rendering.Egl;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

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
        Gl = SilkGl.Load(EglNative.GetProcAddress);
    }

    public SilkGl Gl { get; }

    public GlFlavour Flavour { get; }

    public string Renderer => Gl.GetString(GlConstants.Renderer);

    public static WindowGlContext Create(X11Window window, GlFlavour flavour = GlFlavour.Desktop33Core)
    {
        ArgumentNullException.ThrowIfNull(window);
        var display = EglNative.GetPlatformDisplay(EglNative.PlatformX11, window.Display, 0);
        Check(display != 0, "eglGetPlatformDisplay(X11)");
        Check(EglNative.Initialize(display, out _, out _) == EglNative.True, "eglInitialize");

        var es = flavour == GlFlavour.Es30;
        var config = ConfigMatchingWindow(display, window, es);
        Check(EglNative.BindApi(es ? EglNative.OpenGlEsApi : EglNative.OpenGlApi) == EglNative.True, "eglBindAPI");
        int[] contextAttributes = es
            ? [EglNative.ContextMajorVersion, 3, EglNative.ContextMinorVersion, 0, EglNative.None]
            : [EglNative.ContextMajorVersion, 3, EglNative.ContextMinorVersion, 3,
                EglNative.ContextOpenGlProfileMask, EglNative.ContextOpenGlCoreProfileBit, EglNative.None];
        var context = EglNative.CreateContext(display, config, 0, contextAttributes);
        Check(context != 0, "eglCreateContext");
        var handle = window.Handle;
        var surface = EglNative.CreatePlatformWindowSurface(display, config, ref handle, 0);
        Check(surface != 0, "eglCreatePlatformWindowSurface");
        Check(EglNative.MakeCurrent(display, surface, surface, context) == EglNative.True, "eglMakeCurrent");

        // The frame loop keeps its own pace; waiting for a vertical blank here as well would halve it on a slow screen.
        Check(EglNative.SwapInterval(display, 0) == EglNative.True, "eglSwapInterval");
        return new WindowGlContext(display, surface, context, flavour);
    }

    /// <summary>Shows what was drawn into framebuffer 0.</summary>
    public void Swap() => Check(EglNative.SwapBuffers(_display, _surface) == EglNative.True, "eglSwapBuffers");

    public void Dispose()
    {
        // Teardown failures leave nothing to recover; the process's EGL state is released either way.
        _ = EglNative.MakeCurrent(_display, 0, 0, 0);
        _ = EglNative.DestroySurface(_display, _surface);
        _ = EglNative.DestroyContext(_display, _context);
        _ = EglNative.Terminate(_display);
        Gl.Dispose();
    }

    /// <summary>A window config whose X visual is the window's own, so the surface can be made on it.</summary>
    private static nint ConfigMatchingWindow(nint display, X11Window window, bool es)
    {
        int[] attributes =
        [
            EglNative.RenderableType, es ? EglNative.OpenGlEs3Bit : EglNative.OpenGlBit,
            EglNative.SurfaceType, EglNative.WindowBit,
            EglNative.RedSize, 8, EglNative.GreenSize, 8, EglNative.BlueSize, 8,
            EglNative.None,
        ];
        var configs = new nint[64];
        Check(EglNative.ChooseConfig(display, attributes, configs, configs.Length, out var count) == EglNative.True && count > 0,
            "eglChooseConfig (window, 8-bit colour)");
        var visual = (int)XlibNative.VisualIdFromVisual(XlibNative.DefaultVisual(window.Display, window.Screen));
        for (var i = 0; i < count; i++)
        {
            if (EglNative.GetConfigAttrib(display, configs[i], EglNative.NativeVisualId, out var id) == EglNative.True && id == visual)
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
                $"{what} failed (EGL error 0x{EglNative.GetError():X4}); the preview window needs Mesa's EGL (libegl1 libegl-mesa0 libgl1-mesa-dri)"));
        }
    }
}
