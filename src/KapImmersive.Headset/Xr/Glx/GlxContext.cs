using System.Globalization;
using System.Runtime.InteropServices;
using KapImmersive.Headset.Window;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Xr.Glx;

/// <summary>
/// An OpenGL 3.3 core context through GLX on an X display, current on a small pbuffer: the renderer draws into
/// framebuffer objects only, and the pbuffer is the drawable the Xlib binding hands the runtime. Current on the
/// thread that made it; GL calls must stay on that thread.
/// </summary>
internal sealed unsafe class GlxContext : IDisposable
{
    private const string Packages = "libgl1 libglx-mesa0, or the GPU vendor's OpenGL driver";

    private GlxContext(nint display, string displayName, nint config, uint visualId, nuint drawable, nint context)
    {
        Display = display;
        DisplayName = displayName;
        Config = config;
        VisualId = visualId;
        Drawable = drawable;
        Context = context;
        Gl = SilkGl.Load(GlxNative.GetProcAddress);
    }

    public SilkGl Gl { get; }

    /// <summary>The X connection (Xlib's Display*).</summary>
    public nint Display { get; }

    public string DisplayName { get; }

    public nint Config { get; }

    public uint VisualId { get; }

    public nuint Drawable { get; }

    public nint Context { get; }

    /// <summary>Opens <paramref name="displayName"/> (or $DISPLAY) and makes a context current on this thread.</summary>
    public static GlxContext Create(string? displayName)
    {
        var name = displayName ?? Environment.GetEnvironmentVariable("DISPLAY");
        var display = string.IsNullOrEmpty(name) ? 0 : XlibNative.OpenDisplay(name);
        if (display == 0)
        {
            throw new InvalidOperationException(string.IsNullOrEmpty(name)
                ? $"the XR session's GLX context: {X11Window.NoDisplay}"
                : $"the XR session's GLX context: {X11Window.NoDisplay} ('{name}' does not answer)");
        }

        try
        {
            return Create(display, name!);
        }
        catch
        {
            _ = XlibNative.CloseDisplay(display);
            throw;
        }
    }

    public void Dispose()
    {
        // Teardown failures leave nothing to recover; closing the connection frees the server's side anyway.
        _ = GlxNative.MakeContextCurrent(Display, 0, 0, 0);
        GlxNative.DestroyPbuffer(Display, Drawable);
        GlxNative.DestroyContext(Display, Context);
        Gl.Dispose();
        _ = XlibNative.CloseDisplay(Display);
    }

    private static GlxContext Create(nint display, string name)
    {
        var screen = XlibNative.DefaultScreen(display);
        int major, minor;
        try
        {
            Check(GlxNative.QueryVersion(display, out major, out minor) == GlxNative.True, $"glXQueryVersion on '{name}' (the X server has no GLX)");
        }
        catch (DllNotFoundException)
        {
            throw new InvalidOperationException($"{GlxNative.Library} is not installed: install {Packages}");
        }

        Check(major > 1 || minor >= 3, string.Create(CultureInfo.InvariantCulture, $"GLX 1.3 on '{name}' (it has {major}.{minor})"));
        var extensions = Marshal.PtrToStringUTF8(GlxNative.QueryExtensionsString(display, screen)) ?? "";
        Check(extensions.Contains("GLX_ARB_create_context_profile", StringComparison.Ordinal), $"GLX_ARB_create_context_profile on '{name}'");
        var (config, visualId) = ChooseConfig(display, screen, name);
        var createContext = (delegate* unmanaged[Cdecl]<nint, nint, nint, int, int*, nint>)GlxNative.GetProcAddress("glXCreateContextAttribsARB");
        Check(createContext != null, "glXGetProcAddressARB(glXCreateContextAttribsARB)");

        using var trap = new GlxErrorTrap(display);
        int* contextAttributes = stackalloc int[]
        {
            GlxNative.ContextMajorVersionArb, 3, GlxNative.ContextMinorVersionArb, 3,
            GlxNative.ContextProfileMaskArb, GlxNative.ContextCoreProfileBitArb, GlxNative.None,
        };
        var context = createContext(display, config, 0, GlxNative.True, contextAttributes);
        try
        {
            CheckX(trap, context != 0, "glXCreateContextAttribsARB (OpenGL 3.3 core)");
            var drawable = GlxNative.CreatePbuffer(display, config, [GlxNative.PbufferWidth, 16, GlxNative.PbufferHeight, 16, GlxNative.None]);
            try
            {
                CheckX(trap, drawable != 0, "glXCreatePbuffer (16x16)");
                CheckX(trap, GlxNative.MakeContextCurrent(display, drawable, drawable, context) == GlxNative.True, "glXMakeContextCurrent");
                return new GlxContext(display, name, config, visualId, drawable, context);
            }
            catch
            {
                if (drawable != 0)
                {
                    GlxNative.DestroyPbuffer(display, drawable);
                }

                throw;
            }
        }
        catch
        {
            if (context != 0)
            {
                GlxNative.DestroyContext(display, context);
            }

            throw;
        }
    }

    /// <summary>The first 8-bit RGBA config that can draw into a window or pbuffer, and its X visual.</summary>
    private static (nint Config, uint VisualId) ChooseConfig(nint display, int screen, string name)
    {
        int[] attributes =
        [
            GlxNative.XRenderable, GlxNative.True,
            GlxNative.DrawableType, GlxNative.WindowBit | GlxNative.PbufferBit,
            GlxNative.RenderType, GlxNative.RgbaBit,
            GlxNative.RedSize, 8, GlxNative.GreenSize, 8, GlxNative.BlueSize, 8,
            GlxNative.None,
        ];
        var configs = GlxNative.ChooseFbConfig(display, screen, attributes, out var count);
        Check(configs != null && count > 0, $"glXChooseFBConfig (8-bit RGBA, window and pbuffer) on '{name}'");
        var config = configs[0];
        _ = XlibNative.Free((nint)configs);
        Check(GlxNative.GetFbConfigAttrib(display, config, GlxNative.VisualId, out var visualId) == GlxNative.Success && visualId != 0,
            "glXGetFBConfigAttrib(GLX_VISUAL_ID)");
        return (config, (uint)visualId);
    }

    private static void CheckX(GlxErrorTrap trap, bool ok, string what)
    {
        var error = trap.TakeError();
        Check(ok && error == 0, error == 0 ? what : string.Create(CultureInfo.InvariantCulture, $"{what} (X error {error})"));
    }

    private static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"{what} failed; the XR session's GLX context needs {Packages}");
        }
    }
}
