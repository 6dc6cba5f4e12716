using KapImmersive.Headset.Display;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Window;
using KapImmersive.Headset.Xr;
using KapImmersive.Rendering;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Headset.Hosting;

/// <summary>Opens the display the clinic's settings name, on the calling thread (its GL context stays there).</summary>
internal static class HeadsetDisplays
{
    public static IPacedDisplay Open(HeadsetAppOptions app, HeadsetRuntimeOptions runtime, RenderingOptions rendering, TimeProvider time, ILogger logger) =>
        app.Display switch
        {
            DisplayMode.Headless => new HeadlessDisplay(rendering, time, runtime.FrameRate),
            DisplayMode.Window => WindowDisplay.Open(rendering, time, runtime.FrameRate),
            DisplayMode.Xr => XrRun.TryOpen(rendering, app, logger) ?? new HeadlessDisplay(rendering, time, runtime.FrameRate),
            _ => throw new InvalidOperationException($"display mode {app.Display} is not available; use Headless, Window or Xr"),
        };
}
