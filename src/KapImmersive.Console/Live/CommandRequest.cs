using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Console.Live;

/// <summary>
/// A clinician's command as the dashboard posts it: {"type": "setDarkness", "args": {"level": 0.7, "seconds": 20}}, the
/// type and its arguments exactly as the command catalogue declares them (and as they travel to the headset).
/// </summary>
public sealed record CommandRequest(string Type, CommandValues Args)
{
    private const string Shape = "send {\"type\": ..., \"args\": {...}} with the command's arguments inside args";

    /// <summary>Reads a request body; a broken one gets a plain reason, never an exception.</summary>
    public static bool TryParse(ReadOnlySpan<byte> json, [NotNullWhen(true)] out CommandRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = ProtocolLimits.MaxJsonDepth });
            problem = Read(document.RootElement, out request);
        }
        catch (JsonException ex)
        {
            problem = ex.Path is { Length: > 1 } path
                ? $"{path}: {Shape}"
                : $"the body is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}); {Shape}";
        }
        catch (InvalidOperationException)
        {
            // JsonElement.GetString and JsonProperty.Name throw this for text that is not valid Unicode (a lone surrogate escape).
            problem = "a name or value is not valid Unicode text";
        }

        return problem is null;
    }

    private static string? Read(JsonElement root, out CommandRequest? request)
    {
        request = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return $"a command is a JSON object; {Shape}";
        }

        string? type = null;
        var args = CommandValues.Empty;
        foreach (var field in root.EnumerateObject())
        {
            switch (field.Name)
            {
                case "type" when field.Value.ValueKind == JsonValueKind.String:
                    type = field.Value.GetString();
                    break;
                case "args" when field.Value.ValueKind == JsonValueKind.Object:
                    args = field.Value.Deserialize(ProtocolJsonContext.Default.CommandValues) ?? CommandValues.Empty;
                    break;
                case "args" when field.Value.ValueKind == JsonValueKind.Null:
                    break;
                case "type" or "args":
                    return $"\"{field.Name}\" has the wrong kind of value; {Shape}";
                default:
                    return $"'{ArgumentValue.Shorten(field.Name)}' is not a field of a command; {Shape}";
            }
        }

        if (string.IsNullOrEmpty(type))
        {
            return $"a command needs its type; {Shape}";
        }

        request = new CommandRequest(type, args);
        return null;
    }
}
