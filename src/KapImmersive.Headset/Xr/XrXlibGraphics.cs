using KapImmersive.Headset.Xr.Glx;
using KapImmersive.Headset.Xr.Native;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Xr;

/// <summary>A GLX context on the desktop's X display, bound through XR_KHR_opengl_enable's Xlib binding (SteamVR on Linux).</summary>
internal sealed unsafe class XrXlibGraphics : IXrGraphics
{
    private readonly GlxContext _context;

    private XrXlibGraphics(GlxContext context) => _context = context;

    public IGl Gl => _context.Gl;

    public GlFlavour Flavour => GlFlavour.Desktop33Core;

    public string Description => $"OpenGL through Xlib and GLX on {_context.DisplayName}";

    /// <summary>Opens <paramref name="displayName"/> (or $DISPLAY) and makes the context current on this thread.</summary>
    public static XrXlibGraphics Open(GlFlavour flavour, string? displayName)
    {
        if (flavour != GlFlavour.Desktop33Core)
        {
            throw new InvalidOperationException(
                $"Rendering:Flavour is {flavour}, which is for standalone headsets; the Xlib binding draws with desktop OpenGL: set it to {GlFlavour.Desktop33Core}");
        }

        return new XrXlibGraphics(GlxContext.Create(displayName));
    }

    public ulong CreateSession(ulong instance, ulong system)
    {
        var binding = new XrGraphicsBindingOpenGlXlib
        {
            Type = XrStructureType.GraphicsBindingOpenGlXlibKhr,
            XDisplay = _context.Display,
            VisualId = _context.VisualId,
            GlxFbConfig = _context.Config,
            GlxDrawable = _context.Drawable,
            GlxContext = _context.Context,
        };
        var info = new XrSessionCreateInfo { Type = XrStructureType.SessionCreateInfo, Next = &binding, SystemId = system };
        ulong handle;
        XrCheck.Call(XrApi.CreateSession(instance, &info, &handle), "xrCreateSession(OpenGL through Xlib and GLX)");
        return handle;
    }

    public void Dispose() => _context.Dispose();
}
