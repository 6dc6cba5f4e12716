using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Reads text out of parsed JSON without throwing: a string holding an escaped half of a surrogate pair cannot
/// become .NET text (the scan has already reported it), so it reads as absent here instead of ending the check.
/// </summary>
internal static class JsonValues
{
    public static string? StringOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>What a value is, for "expected X, found Y": never the raw text of a group or list, which may span lines.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => StringOf(value) is { } text ? $"text {PresetText.Echo(text)}" : "text that cannot be read",
        JsonValueKind.Number => $"the number {PresetText.Shorten(value.GetRawText())}",
        JsonValueKind.Object => "a group { }",
        JsonValueKind.Array => "a list [ ]",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
