using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>
/// A timeline of clinician commands as JSON, so a therapist can hear or see a whole session arc offline:
/// [{"at": 0, "type": "setPhase", "args": {"phase": "dosing"}}, {"at": 60, "type": "setDarkness", "args": {"level": 0.8}}].
/// Each entry takes the same types and args as a command on the wire.
/// </summary>
public static class SessionScript
{
    public static (ImmutableArray<TimedCommand> Commands, ImmutableArray<string> Errors) Parse(string json) => Parse(json, CommandCatalogue.Standard);

    public static (ImmutableArray<TimedCommand> Commands, ImmutableArray<string> Errors) Parse(string json, CommandCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return ([], [string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}: not valid JSON")]);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ([], ["a script is a list [ ] of {\"at\": seconds, \"type\": ..., \"args\": {...}}"]);
            }

            var commands = ImmutableArray.CreateBuilder<TimedCommand>();
            var errors = ImmutableArray.CreateBuilder<string>();
            var index = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                var where = string.Create(CultureInfo.InvariantCulture, $"$[{index}]");
                if (ReadEntry(entry, index++, catalogue, out var timed) is { } error)
                {
                    errors.Add($"{where}: {error}");
                }
                else
                {
                    commands.Add(timed!);
                }
            }

            return (commands.ToImmutable(), errors.ToImmutable());
        }
    }

    private static string? ReadEntry(JsonElement entry, int index, CommandCatalogue catalogue, out TimedCommand? timed)
    {
        timed = null;
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("at", out var at) || at.ValueKind != JsonValueKind.Number
            || at.GetDouble() is var seconds && (seconds < 0 || !double.IsFinite(seconds)))
        {
            return "each entry needs \"at\": the second (0 or more) it happens";
        }

        CommandValues? args;
        try
        {
            args = entry.TryGetProperty("args", out var a) && a.ValueKind != JsonValueKind.Null ? a.Deserialize(ProtocolJsonContext.Default.CommandValues) : CommandValues.Empty;
        }
        catch (JsonException ex)
        {
            return $"args{ex.Path?.TrimStart('$')}: wrong type of value";
        }

        var type = entry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var message = new CommandMessage
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"script-{index}"),
            IssuedAt = DateTimeOffset.UnixEpoch,
            Issuer = entry.TryGetProperty("issuer", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : "script",
            Type = type ?? "",
            Args = args ?? CommandValues.Empty,
        };
        var result = catalogue.Read(message);
        if (!result.Ok)
        {
            return result.Error;
        }

        timed = new TimedCommand(seconds, result.Command);
        return null;
    }
}
