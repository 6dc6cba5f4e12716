using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>The typed reads: each states its limits once, and the schema repeats them (ValidatorAgreesWithSchemaTests checks).</summary>
internal readonly partial struct JsonScope
{
    /// <summary>Text that shows something, at most <paramref name="maxLength"/> characters as a person counts them.</summary>
    public string? Text(string name, int maxLength, bool required = false, string hint = "")
    {
        if (Get(name, JsonValueKind.String, "text in quotes", required, hint) is not { } value || JsonValues.StringOf(value) is not { } text)
        {
            return null;
        }

        if (PresetText.IsBlank(text))
        {
            check.AtValue(Child(name), $"is empty; {Describe(hint, "write something here")}");
            return null;
        }

        var length = PresetText.Length(text);
        if (length > maxLength)
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture, $"is {length} characters long; keep it to {maxLength}"));
            return null;
        }

        return text;
    }

    public string? OneOf(string name, IReadOnlyCollection<string> allowed, bool required = false, string hint = "")
    {
        if (Get(name, JsonValueKind.String, $"one of {string.Join(", ", allowed)}", required, hint) is not { } value || JsonValues.StringOf(value) is not { } text)
        {
            return null;
        }

        if (!allowed.Contains(text))
        {
            check.AtValue(Child(name), $"{PresetText.Echo(text)} is not one of {string.Join(", ", allowed)}{Suggest(text, allowed)}");
            return null;
        }

        return text;
    }

    public void Colour(string name, bool required = false, string hint = "", double maxLuminance = 1)
    {
        if (Get(name, JsonValueKind.String, "a colour as #RRGGBB", required, hint) is not { } value || JsonValues.StringOf(value) is not { } text)
        {
            return;
        }

        if (!Rgb.TryParseHex(text, out var colour))
        {
            check.AtValue(Child(name), $"{PresetText.Echo(text)} is not a colour; use #RRGGBB");
        }
        else if (colour.Luminance > maxLuminance)
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture,
                $"'{text}' is too bright for a dosing room (luminance {colour.Luminance:0.00}; at most {maxLuminance:0.00}); choose a dimmer colour"));
        }
    }

    /// <summary>
    /// A number from min to max, compared exactly as written (1.0000000000000001 is above 1), as JSON Schema
    /// validators compare; a number too large to hold at all is simply too high or too low.
    /// </summary>
    public double? Number(string name, double min, double max, bool required = false, string hint = "") =>
        Exact(name, min, max, required, hint) is { } number ? (double)number : null;

    /// <summary>A whole number from min to max; 3.0, 3e0 and 30e-1 are whole, as JSON Schema's "integer" says.</summary>
    public long? WholeNumber(string name, long min, long max, bool required = false, string hint = "")
    {
        if (Exact(name, min, max, required, hint) is not { } number)
        {
            return null;
        }

        if (number != decimal.Truncate(number))
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture,
                $"{RawNumber(name)} is not a whole number; {Describe(hint, "use")} a whole number from {min} to {max}"));
            return null;
        }

        return (long)number;
    }

    public bool? Bool(string name) =>
        Get(name, JsonValueKind.True, "true or false", false, "") is { } value ? value.GetBoolean() : null;

    private decimal? Exact(string name, double min, double max, bool required, string hint)
    {
        if (Get(name, JsonValueKind.Number, "a number", required, hint) is not { } value)
        {
            return null;
        }

        var fits = value.TryGetDecimal(out var number);
        var tooLow = fits ? number < (decimal)min : value.GetRawText().StartsWith('-');
        var tooHigh = fits ? number > (decimal)max : !tooLow;
        if (tooLow || tooHigh)
        {
            check.AtValue(Child(name), string.Create(CultureInfo.InvariantCulture,
                $"{RawNumber(name)} is {(tooLow ? "too low" : "too high")}; {Describe(hint, "use")} a number from {min} to {max}"));
            return null;
        }

        return number;
    }

    private string RawNumber(string name) => PresetText.Shorten(element.GetProperty(name).GetRawText());
}
