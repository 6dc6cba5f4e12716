using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Live;

/// <summary>The console's log lines, source-generated.</summary>
internal static partial class ConsoleLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "headset {Headset}: {Problem}")]
    public static partial void HeadsetProblem(this ILogger log, string headset, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "record feed: cannot reach the broker at {Host}:{Port} ({Reason}); retrying")]
    public static partial void BrokerUnreachable(this ILogger log, string host, int port, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "record feed: could not record {Topic}; leaving it unacknowledged")]
    public static partial void NotRecorded(this ILogger log, Exception exception, string topic);
}
