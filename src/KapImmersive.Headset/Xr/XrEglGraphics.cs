using KapImmersive.Headset.Xr.Native;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Xr;

/// <summary>The renderer's surfaceless EGL context, bound through XR_MNDX_egl_enable (Monado): no display needed.</summary>
internal sealed unsafe class XrEglGraphics : IXrGraphics
{
    private readonly HeadlessGlContext _context;

    private XrEglGraphics(HeadlessGlContext context) => _context = context;

    public IGl Gl => _context.Gl;

    public GlFlavour Flavour => _context.Flavour;

    public string Description => "OpenGL through EGL (XR_MNDX_egl_enable)";

    /// <summary>Makes the context current on this thread.</summary>
    public static XrEglGraphics Open(GlFlavour flavour) => new(HeadlessGlContext.Create(flavour));

    public ulong CreateSession(ulong instance, ulong system)
    {
        var binding = XrEglBinding.Current();
        var info = new XrSessionCreateInfo { Type = XrStructureType.SessionCreateInfo, Next = &binding, SystemId = system };
        ulong handle;
        XrCheck.Call(XrApi.CreateSession(instance, &info, &handle), "xrCreateSession(OpenGL through EGL)");
        return handle;
    }

    public void Dispose() => _context.Dispose();
}
