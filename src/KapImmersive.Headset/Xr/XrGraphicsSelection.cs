namespace KapImmersive.Headset.Xr;

/// <summary>
/// Picks the graphics binding from what the runtime offers, before the instance is made, so only offered extensions
/// are enabled. Every refusal says in plain words what to change.
/// </summary>
internal static class XrGraphicsSelection
{
    public const string OpenGl = "XR_KHR_opengl_enable";
    public const string Egl = "XR_MNDX_egl_enable";

    /// <summary>Egl or Xlib; throws <see cref="XrRuntimeUnavailableException"/> when the runtime cannot take this app's OpenGL.</summary>
    /// <param name="whyNoDisplay">Why no X display answers, or null when one does (asked only when Xlib is the way).</param>
    public static XrGraphicsBinding Choose(XrGraphicsBinding wanted, IReadOnlyCollection<string> offered, Func<string?> whyNoDisplay)
    {
        ArgumentNullException.ThrowIfNull(offered);
        ArgumentNullException.ThrowIfNull(whyNoDisplay);
        if (!offered.Contains(OpenGl))
        {
            throw new XrRuntimeUnavailableException(
                $"the OpenXR runtime offers no OpenGL ({OpenGl}), which KapImmersive draws with; use Monado or SteamVR (see docs/openxr.md)");
        }

        var eglOffered = offered.Contains(Egl);
        if (wanted == XrGraphicsBinding.Egl && !eglOffered)
        {
            throw new XrRuntimeUnavailableException(
                $"Kap:App:XrGraphics is Egl but the OpenXR runtime does not offer {Egl} (SteamVR does not); set it to Auto or Xlib");
        }

        if (wanted == XrGraphicsBinding.Egl || (wanted == XrGraphicsBinding.Auto && eglOffered))
        {
            return XrGraphicsBinding.Egl;
        }

        if (whyNoDisplay() is { } problem)
        {
            var reason = eglOffered ? "Kap:App:XrGraphics is Xlib" : $"the OpenXR runtime takes OpenGL only through Xlib (no {Egl}, as with SteamVR)";
            throw new XrRuntimeUnavailableException(
                $"{reason}, which needs an X display ({problem}); start kap-headset in the desktop session the runtime runs in (DISPLAY=:0)");
        }

        return XrGraphicsBinding.Xlib;
    }
}
