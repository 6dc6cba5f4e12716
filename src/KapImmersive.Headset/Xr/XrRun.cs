using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Records;
using KapImmersive.Rendering;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Headset.Xr;

/// <summary>The host's XR mode: opens the runtime, builds the loop around the headset's display and input, runs it.</summary>
internal static partial class XrRun
{
    /// <summary>False only when no runtime is there and the settings allow the headless fallback.</summary>
    public static bool TryRun(HeadsetRun run, HeadsetAppOptions options, RenderingOptions rendering, ISessionLink link, PresetCatalog presets,
        SessionState start, double now, ISessionLog log, ILogger logger, CancellationToken stopping)
    {
        XrHeadset headset;
        try
        {
            headset = XrHeadset.Open(rendering, options.XrGraphics);
        }
        catch (XrRuntimeUnavailableException unavailable) when (options.XrFallbackToHeadless)
        {
            LogFallback(logger, unavailable.Message);
            return false;
        }
        catch (XrRuntimeUnavailableException)
        {
            Environment.ExitCode = 3;
            throw;
        }

        using (headset)
        {
            LogOpened(logger, headset.Description);
            HeadsetLoop? loop = null;
            headset.Attach(() => loop!.State);
            loop = new HeadsetLoop(new SessionReducer(presets), start, link, headset.Input, [headset.Display], log, options.DwellSeconds);
            run.Loop = loop;
            link.Publish(new Transition(start, []), now);
            var firstDisplayTime = (long?)null;
            headset.Run(loop, displayTime =>
            {
                // The loop's clock follows the runtime's predicted display times from the session's start.
                firstDisplayTime ??= displayTime;
                return now + ((displayTime - firstDisplayTime.Value) / 1e9);
            }, options.ShutdownReturnSeconds, stopping);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "headset running: {Description}")]
    private static partial void LogOpened(ILogger logger, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}; running headless as configured (Kap:App:XrFallbackToHeadless)")]
    private static partial void LogFallback(ILogger logger, string message);
}
