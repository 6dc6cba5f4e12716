using System.Text;
using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>Reads a preset's JSON text: every problem with its path, line and column, or the preset.</summary>
public static class PresetParser
{
    public static PresetParseResult Parse(string json, PresetSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var utf8 = Encoding.UTF8.GetBytes(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            return new PresetParseResult(null, [new PresetProblem(JsonPath.Root, line, column, $"this is not valid JSON here: {PlainJsonError(ex)}")]);
        }

        using (document)
        {
            var check = new PresetCheck(new JsonPositions(utf8));
            var root = new JsonScope(check, document.RootElement, JsonPath.Root);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                root.Report("a preset is one group of settings in { }");
                return new PresetParseResult(null, check.Problems);
            }

            PresetValidator.Check(root, source ?? new PresetSource());
            var problems = check.Problems;
            return problems.IsEmpty
                ? new PresetParseResult(PresetDefaults.Fill(document.RootElement).Deserialize(PresetJsonContext.Default.EnvironmentPreset), problems)
                : new PresetParseResult(null, problems);
        }
    }

    private static string PlainJsonError(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
