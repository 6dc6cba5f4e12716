using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Xr;

/// <summary>The renderer's OpenGL context as the session hands it to the runtime: through EGL (Monado) or Xlib and GLX (SteamVR).</summary>
internal interface IXrGraphics : IDisposable
{
    IGl Gl { get; }

    GlFlavour Flavour { get; }

    /// <summary>Which binding, in words for the log.</summary>
    string Description { get; }

    /// <summary>Creates the session with this context's binding chained to it; call on the thread where the context is current.</summary>
    ulong CreateSession(ulong instance, ulong system);
}
