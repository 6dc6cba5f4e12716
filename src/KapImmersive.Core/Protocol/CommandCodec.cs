using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>Reads and writes commands; reading never throws, it explains what was wrong.</summary>
public static class CommandCodec
{
    public static byte[] Write(SessionCommand command, DateTimeOffset issuedAt) =>
        JsonSerializer.SerializeToUtf8Bytes(ToMessage(command, issuedAt), ProtocolJsonContext.Default.CommandMessage);

    public static CommandMessage ToMessage(SessionCommand command, DateTimeOffset issuedAt)
    {
        ArgumentNullException.ThrowIfNull(command);
        var args = command switch
        {
            LoadPreset c => new CommandArgs { PresetId = c.PresetId },
            SetDarkness c => new CommandArgs { Level = c.Level, Seconds = c.Seconds },
            SetVolume c => new CommandArgs { Level = c.Level, Seconds = c.Seconds },
            StartBreathing c => new CommandArgs { Pattern = c.Pattern },
            RequestCheckIn c => new CommandArgs { Prompt = c.Prompt, TimeoutSeconds = c.TimeoutSeconds },
            SetCheckInInterval c => new CommandArgs { Minutes = c.Minutes },
            AnswerCheckIn c => new CommandArgs { CheckInId = c.CheckInId, Answer = ProtocolNames.Of(c.Answer) },
            RequestHelp c => new CommandArgs { Source = c.Source },
            ShowMessage c => new CommandArgs { Text = c.Text, Seconds = c.Seconds },
            SetPhase c => new CommandArgs { Phase = ProtocolNames.Of(c.Phase) },
            EndSession c => new CommandArgs { Seconds = c.ReturnSeconds },
            ReportHeadsetWorn c => new CommandArgs { Worn = c.Worn },
            _ => new CommandArgs(),
        };
        return new CommandMessage { Id = command.Id, IssuedAt = issuedAt, Issuer = command.Issuer, Type = CommandTypes.NameOf(command), Args = args };
    }

    public static CommandReadResult Read(ReadOnlySpan<byte> payload)
    {
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
                : CommandArgsReader.Build(message);
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
