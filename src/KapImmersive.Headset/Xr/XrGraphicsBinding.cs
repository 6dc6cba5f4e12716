namespace KapImmersive.Headset.Xr;

/// <summary>How the session hands the renderer's OpenGL context to the OpenXR runtime (setting Kap:App:XrGraphics).</summary>
public enum XrGraphicsBinding
{
    /// <summary>EGL when the runtime offers it (Monado), otherwise Xlib (SteamVR).</summary>
    Auto,

    /// <summary>A display-less EGL context (XR_KHR_opengl_enable with XR_MNDX_egl_enable).</summary>
    Egl,

    /// <summary>A GLX context on the desktop's X display (XR_KHR_opengl_enable's Xlib binding); needs an X session.</summary>
    Xlib,
}
