using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Record;

/// <summary>The record's log lines, source-generated: what a clinic's technician sees when the record changes shape or a console loses the others.</summary>
internal static partial class RecordLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "record: applied schema step {Step} to the {Where}")]
    public static partial void SchemaStepApplied(this ILogger log, string step, string where);

    [LoggerMessage(Level = LogLevel.Warning, Message = "record: lost the other consoles' news ({Problem}); listening again in {Seconds} s")]
    public static partial void ListenerLost(this ILogger log, string problem, double seconds);
}
