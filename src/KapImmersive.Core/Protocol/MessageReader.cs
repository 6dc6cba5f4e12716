using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KapImmersive.Core.Protocol;

/// <summary>Reads any protocol message without letting an exception escape.</summary>
public static class MessageReader
{
    public static bool TryRead<T>(ReadOnlySpan<byte> payload, JsonTypeInfo<T> type, [NotNullWhen(true)] out T? message, [NotNullWhen(false)] out string? error)
        where T : class
    {
        message = null;
        if (payload.Length > ProtocolLimits.MaxPayloadBytes)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"payload is {payload.Length} bytes; the limit is {ProtocolLimits.MaxPayloadBytes}");
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(payload, type);
        }
        catch (JsonException ex)
        {
            error = ex.Path is { Length: > 1 } path ? $"{path}: wrong type of value for this field" : "not valid JSON or missing required fields";
            return false;
        }

        if (message is null)
        {
            error = "empty message";
            return false;
        }

        error = null;
        return true;
    }
}
