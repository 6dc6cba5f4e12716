using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>One JSON object of a preset being checked: typed reads that report, never throw.</summary>
internal readonly partial struct JsonScope(PresetCheck check, JsonElement element, string path)
{
    public string Path => path;

    public PresetCheck Check => check;

    public JsonScope? Object(string name, bool required = false) =>
        Get(name, JsonValueKind.Object, "a group of settings in { }", required, "") is { } e ? new JsonScope(check, e, Child(name)) : null;

    public IReadOnlyList<(JsonElement Element, string Path)> Array(string name)
    {
        if (Get(name, JsonValueKind.Array, "a list in [ ]", false, "") is not { } list)
        {
            return [];
        }

        var parent = Child(name);
        return [.. list.EnumerateArray().Select((e, i) => (e, JsonPath.Index(parent, i)))];
    }

    /// <summary>Reports fields this version does not know, with the nearest known name: usually a typo.</summary>
    public void OnlyKnown(params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (JsonValues.NameOf(property) is { } name && !known.Contains(name, StringComparer.Ordinal))
            {
                check.AtName(Child(name), $"unknown field {PresetText.Echo(name)}{Suggest(name, known)}");
            }
        }
    }

    public void Report(string message) => check.AtValue(path, message);

    public void Report(string name, string message) => check.AtValue(Child(name), message);

    public string Child(string name) => JsonPath.Child(path, name);

    private bool Has(string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    private JsonElement? Get(string name, JsonValueKind kind, string expected, bool required, string hint)
    {
        if (!Has(name))
        {
            if (required)
            {
                check.AtValue(path, $"'{name}' is missing{(hint.Length > 0 ? $"; {hint}" : "")}");
            }

            return null;
        }

        var value = element.GetProperty(name);
        var matches = value.ValueKind == kind || (kind == JsonValueKind.True && value.ValueKind == JsonValueKind.False);
        if (!matches)
        {
            check.AtValue(Child(name), $"expected {expected}, found {JsonValues.Describe(value)}");
            return null;
        }

        return value;
    }

    private static string Describe(string hint, string fallback) => hint.Length > 0 ? hint : fallback;

    private static string Suggest(string wrong, IEnumerable<string> known)
    {
        if (PresetText.Length(wrong) > 64)
        {
            return "";
        }

        var best = known.Select(k => (Name: k, Distance: EditDistance.Between(wrong.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, wrong.Length / 3) ? $"; did you mean '{best.Name}'?" : "";
    }
}
