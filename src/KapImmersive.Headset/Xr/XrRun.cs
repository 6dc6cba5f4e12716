using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Rendering;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Headset.Xr;

/// <summary>The host's XR mode: opens the runtime, or falls back to headless only when the clinic's settings allow it.</summary>
internal static partial class XrRun
{
    /// <returns>The headset, or null when no runtime is there and XrFallbackToHeadless is set.</returns>
    public static IPacedDisplay? TryOpen(RenderingOptions rendering, HeadsetAppOptions options, ILogger logger)
    {
        XrHeadset headset;
        try
        {
            headset = XrHeadset.Open(rendering, options.XrGraphics);
        }
        catch (XrRuntimeUnavailableException unavailable) when (options.XrFallbackToHeadless)
        {
            LogFallback(logger, unavailable.Message);
            return null;
        }
        catch (XrRuntimeUnavailableException)
        {
            Environment.ExitCode = 3;
            throw;
        }

        LogOpened(logger, headset.Description);
        return headset;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenXR session: {Description}")]
    private static partial void LogOpened(ILogger logger, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}; running headless as configured (Kap:App:XrFallbackToHeadless)")]
    private static partial void LogFallback(ILogger logger, string message);
}
