using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Live;

/// <summary>The console's log lines, source-generated.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "headset {Headset}: {Problem}")]
    public static partial void HeadsetProblem(this ILogger log, string headset, string problem);
}
