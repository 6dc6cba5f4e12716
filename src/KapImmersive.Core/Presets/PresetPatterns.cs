using System.Text.RegularExpressions;

namespace KapImmersive.Core.Presets;

/// <summary>
/// The text patterns of a preset, written once here in the dialect JSON Schema uses (ECMAScript); the schema states
/// each one character for character and a test holds them equal.
/// </summary>
internal static partial class PresetPatterns
{
    public const string Id = "^[a-z0-9][a-z0-9_-]{0,63}$";

    public const string Version = @"^[0-9]{1,6}(\.[0-9]{1,6}){0,2}$";

    public const string Colour = "^#[0-9A-Fa-f]{6}$";

    /// <summary>A built-in name, or counts in seconds (at most two decimals): inhale and exhale 2 to 20, holds 0 to 20.</summary>
    public const string Breathing = "^(?:coherent|box|4-7-8|extended-exhale|" + Stage + "-" + Hold + "-" + Stage + "(?:-" + Hold + ")?)$";

    private const string Stage = @"(?:(?:[2-9]|1[0-9])(?:\.[0-9]{1,2})?|20(?:\.0{1,2})?)";

    private const string Hold = @"(?:(?:[0-9]|1[0-9])(?:\.[0-9]{1,2})?|20(?:\.0{1,2})?)";

    /// <summary>
    /// Whether the whole text matches: .NET lets $ match before a final line break, JavaScript does not, and a
    /// preset must mean the same to both.
    /// </summary>
    public static bool Matches(Regex pattern, string text) => !text.EndsWith('\n') && pattern.IsMatch(text);

    [GeneratedRegex(Version, RegexOptions.ECMAScript | RegexOptions.CultureInvariant)]
    public static partial Regex VersionText();

    [GeneratedRegex(Breathing, RegexOptions.ECMAScript | RegexOptions.CultureInvariant)]
    public static partial Regex BreathingText();
}
