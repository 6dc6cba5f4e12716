namespace KapImmersive.Core.Presets;

/// <summary>JSON paths as editors and JSON Schema tools print them: $.sky.zenith, $.music.files[0], $['odd name'].</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Child(string parent, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? $"{parent}.{name}"
            : $"{parent}[{PresetText.Echo(name.Replace("'", "\\'", StringComparison.Ordinal))}]";

    public static string Index(string parent, int index) => $"{parent}[{index}]";
}
