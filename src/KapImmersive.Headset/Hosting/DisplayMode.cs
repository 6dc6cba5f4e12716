namespace KapImmersive.Headset.Hosting;

public enum DisplayMode
{
    /// <summary>Offscreen EGL rendering: tests, CI and simulated headsets.</summary>
    Headless,

    /// <summary>A desktop preview window where a display exists.</summary>
    Window,

    /// <summary>A headset through the OpenXR loader (issue #9).</summary>
    Xr,
}
