using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>Reads and writes commands by a <see cref="CommandCatalogue"/> (the standard one unless given); reading never throws, it explains what was wrong.</summary>
public static class CommandCodec
{
    public static byte[] Write(SessionCommand command, DateTimeOffset issuedAt) => Write(command, issuedAt, CommandCatalogue.Standard);

    /// <summary>Writes a command for the wire; one its entry would refuse (NaN, out of range) is a caller's mistake and throws.</summary>
    public static byte[] Write(SessionCommand command, DateTimeOffset issuedAt, CommandCatalogue commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (commands.Find(command)?.Problem(command) is { } problem)
        {
            throw new ArgumentException($"this command cannot be sent: {problem}", nameof(command));
        }

        return JsonSerializer.SerializeToUtf8Bytes(commands.ToMessage(command, issuedAt), ProtocolJsonContext.Default.CommandMessage);
    }

    public static CommandMessage ToMessage(SessionCommand command, DateTimeOffset issuedAt) => CommandCatalogue.Standard.ToMessage(command, issuedAt);

    public static CommandReadResult Read(ReadOnlySpan<byte> payload) => Read(payload, CommandCatalogue.Standard);

    public static CommandReadResult Read(ReadOnlySpan<byte> payload, CommandCatalogue commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (payload.Length > ProtocolLimits.MaxPayloadBytes)
        {
            return CommandReadResult.Refused(null, string.Create(CultureInfo.InvariantCulture,
                $"payload is {payload.Length} bytes; a command may be at most {ProtocolLimits.MaxPayloadBytes}"));
        }

        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(payload.ToArray(), new JsonDocumentOptions { MaxDepth = ProtocolLimits.MaxJsonDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return CommandReadResult.Refused(null, $"a command is a JSON object; got {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            if (root.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String)
            {
                id = idElement.GetString();
            }

            var message = root.Deserialize(ProtocolJsonContext.Default.CommandMessage);
            return message is null
                ? CommandReadResult.Refused(id, "a command is a JSON object; got null")
                : commands.Read(message);
        }
        catch (JsonException ex)
        {
            return CommandReadResult.Refused(id, Explain(ex));
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString throws this (not JsonException) for a string that is not valid UTF-8.
            return CommandReadResult.Refused(id, "a text value is not valid UTF-8");
        }
    }

    private static string Explain(JsonException ex)
    {
        if (ex.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            return "a command needs id, issuedAt, issuer and type: " + ex.Message[(ex.Message.LastIndexOf(':') + 1)..].Trim();
        }

        return ex.Path is { Length: > 1 } path
            ? $"{path}: wrong type of value for this field"
            : string.Create(CultureInfo.InvariantCulture, $"not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})");
    }
}
