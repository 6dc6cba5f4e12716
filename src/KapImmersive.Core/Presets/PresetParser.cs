using System.Text;
using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Reads a preset's JSON text: every problem with its path, line and column, or the preset. Never throws for any
/// text: whatever a therapist pastes or a file holds comes back as problems, one line each.
/// </summary>
public static class PresetParser
{
    public static PresetParseResult Parse(string json, PresetSource? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        // File.ReadAllText drops a byte-order mark; pasted or received text may still carry one.
        var utf8 = Encoding.UTF8.GetBytes(json.StartsWith('\uFEFF') ? json[1..] : json);
        if (JsonSyntax.FirstProblem(utf8) is { } syntax)
        {
            return new PresetParseResult(null, [syntax]);
        }

        using var document = JsonDocument.Parse(utf8);
        var positions = new JsonPositions(utf8);
        var check = new PresetCheck(positions);
        foreach (var (path, line, column) in positions.Repeated)
        {
            check.At(path, line, column, "this field is written a second time in the same group; keep one of them");
        }

        foreach (var (path, line, column) in positions.Unreadable)
        {
            check.At(path, line, column, "holds the escape of half a character (such as \\udfff alone); write the character itself, or both halves of its pair");
        }

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
