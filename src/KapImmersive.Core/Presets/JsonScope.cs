using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>One JSON object of a preset being checked: typed reads that report, never throw.</summary>
internal readonly struct JsonScope(PresetCheck check, JsonElement element, string path)
{
    public string Path => path;

    public PresetCheck Check => check;

    public JsonScope? Object(string name, bool required = false) =>
        Get(name, JsonValueKind.Object, "a group of settings in { }", required, "") is { } e ? new JsonScope(check, e, Child(name)) : null;

    public IEnumerable<(JsonElement Element, string Path)> Array(string name)
    {
        if (Get(name, JsonValueKind.Array, "a list in [ ]", false, "") is not { } list)
        {
            return [];
        }

        var parent = Child(name);
        return list.EnumerateArray().Select((e, i) => (e, JsonPath.Index(parent, i))).ToList();
    }

    public string? Text(string name, int maxLength, bool required = false, string hint = "")
    {
        if (Get(name, JsonValueKind.String, "text in quotes", required, hint)?.GetString() is not { } text)
        {
            return null;
        }

        if (text.Trim().Length == 0)
        {
            check.AtValue(Child(name), $"is empty; {Describe(hint, "write something here")}");
            return null;
        }

        if (text.Length > maxLength)
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture, $"is {text.Length} characters long; keep it to {maxLength}"));
            return null;
        }

        return text;
    }

    public string? OneOf(string name, IReadOnlyCollection<string> allowed, bool required = false, string hint = "")
    {
        var text = Text(name, 64, required, hint);
        if (text is not null && !allowed.Contains(text))
        {
            check.AtValue(Child(name), $"'{text}' is not one of {string.Join(", ", allowed)}{Suggest(text, allowed)}");
            return null;
        }

        return text;
    }

    public void Colour(string name, bool required = false, string hint = "", double maxLuminance = 1)
    {
        if (!Has(name))
        {
            Get(name, JsonValueKind.String, "a colour", required, hint);
            return;
        }

        var value = element.GetProperty(name);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        if (!Rgb.TryParseHex(text, out var colour))
        {
            check.AtValue(Child(name), $"'{text}' is not a colour; use #RRGGBB");
        }
        else if (colour.Luminance > maxLuminance)
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture,
                $"'{text}' is too bright for a dosing room (luminance {colour.Luminance:0.00}; at most {maxLuminance:0.00}); choose a dimmer colour"));
        }
    }

    public double? Number(string name, double min, double max, bool required = false, string hint = "")
    {
        if (Get(name, JsonValueKind.Number, "a number", required, hint) is not { } value)
        {
            return null;
        }

        var number = value.GetDouble();
        if (number < min || number > max)
        {
            var side = number < min ? "too low" : "too high";
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture,
                $"{value.GetRawText()} is {side}; {Describe(hint, "use")} a number from {min} to {max}"));
            return null;
        }

        return number;
    }

    public bool? Bool(string name) =>
        Get(name, JsonValueKind.True, "true or false", false, "") is { } value ? value.GetBoolean() : null;

    /// <summary>Reports fields this version does not know, with the nearest known name: usually a typo.</summary>
    public void OnlyKnown(params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                check.AtName(Child(property.Name), $"unknown field '{property.Name}'{Suggest(property.Name, known)}");
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
            check.AtValue(Child(name), $"expected {expected}, found {KindName(value)}");
            return null;
        }

        return value;
    }

    private static string Describe(string hint, string fallback) => hint.Length > 0 ? hint : fallback;

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"text '{value.GetString()}'",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.Object => "a group { }",
        JsonValueKind.Array => "a list [ ]",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: EditDistance.Between(wrong.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, wrong.Length / 3) ? $"; did you mean '{best.Name}'?" : "";
    }
}
