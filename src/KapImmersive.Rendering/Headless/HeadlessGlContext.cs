using System.Globalization;
using System.Runtime.InteropServices;
using KapImmersive.Rendering.Egl;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Rendering.Headless;

/// <summary>
/// An OpenGL context with no display and no window: EGL's surfaceless Mesa platform, drawing into framebuffer
/// objects only. Current on the thread that created it; GL calls must stay on that thread.
/// </summary>
public sealed class HeadlessGlContext : IDisposable
{
    private readonly nint _display;
    private readonly nint _context;
    private readonly SilkGl _gl;

    private HeadlessGlContext(nint display, nint context, GlFlavour flavour)
    {
        _display = display;
        _context = context;
        Flavour = flavour;
        _gl = SilkGl.Load(EglNative.GetProcAddress);
    }

    public IGl Gl => _gl;

    public GlFlavour Flavour { get; }

    public string Renderer => _gl.GetString(GlConstants.Renderer);

    public static HeadlessGlContext Create(GlFlavour flavour = GlFlavour.Desktop33Core)
    {
        var getPlatformDisplay = EglNative.GetProcAddress("eglGetPlatformDisplayEXT");
        if (getPlatformDisplay == 0)
        {
            throw new InvalidOperationException("EGL has no eglGetPlatformDisplayEXT: install libegl1 and libegl-mesa0");
        }

        var display = Marshal.GetDelegateForFunctionPointer<EglNative.GetPlatformDisplayExt>(getPlatformDisplay)(
            EglNative.PlatformSurfacelessMesa, 0, 0);
        Check(display != 0, "eglGetPlatformDisplayEXT(surfaceless Mesa)");
        Check(EglNative.Initialize(display, out _, out _) == EglNative.True, "eglInitialize");

        var es = flavour == GlFlavour.Es30;
        int[] configAttributes =
        [
            EglNative.RenderableType, es ? EglNative.OpenGlEs3Bit : EglNative.OpenGlBit,
            EglNative.SurfaceType, EglNative.PbufferBit, // the default asks for window configs, which surfaceless has none of
            EglNative.RedSize, 8, EglNative.GreenSize, 8, EglNative.BlueSize, 8,
            EglNative.None,
        ];
        var configs = new nint[1];
        Check(EglNative.ChooseConfig(display, configAttributes, configs, 1, out var count) == EglNative.True && count > 0, "eglChooseConfig");
        Check(EglNative.BindApi(es ? EglNative.OpenGlEsApi : EglNative.OpenGlApi) == EglNative.True, "eglBindAPI");

        int[] contextAttributes = es
            ? [EglNative.ContextMajorVersion, 3, EglNative.ContextMinorVersion, 0, EglNative.None]
            : [EglNative.ContextMajorVersion, 3, EglNative.ContextMinorVersion, 3,
                EglNative.ContextOpenGlProfileMask, EglNative.ContextOpenGlCoreProfileBit, EglNative.None];
        var context = EglNative.CreateContext(display, configs[0], 0, contextAttributes);
        Check(context != 0, "eglCreateContext");
        Check(EglNative.MakeCurrent(display, 0, 0, context) == EglNative.True, "eglMakeCurrent (no surface)");
        return new HeadlessGlContext(display, context, flavour);
    }

    public void Dispose()
    {
        // Teardown failures leave nothing to recover; the process's EGL state is released either way.
        _ = EglNative.MakeCurrent(_display, 0, 0, 0);
        _ = EglNative.DestroyContext(_display, _context);
        _ = EglNative.Terminate(_display);
        _gl.Dispose();
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{what} failed (EGL error 0x{EglNative.GetError():X4}); headless GL needs Mesa's EGL (libegl1 libegl-mesa0 libgl1-mesa-dri)"));
        }
    }
}
