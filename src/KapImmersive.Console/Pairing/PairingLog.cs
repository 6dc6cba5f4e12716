using System.Net;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Pairing;

/// <summary>The pairing's log lines, source-generated: who paired and revoked what, and where wrong codes come from.</summary>
internal static partial class PairingLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "headset {Headset} paired from {Address} (code made by {Clinician})")]
    public static partial void Paired(this ILogger log, string headset, IPAddress? address, string clinician);

    [LoggerMessage(Level = LogLevel.Warning, Message = "wrong pairing code from {Address}")]
    public static partial void WrongCode(this ILogger log, IPAddress? address);

    [LoggerMessage(Level = LogLevel.Information, Message = "headset {Headset} revoked by {Clinician}: {Closed} connection(s) closed")]
    public static partial void Revoked(this ILogger log, string headset, string clinician, int closed);
}
