using KapImmersive.Core.Presets;

namespace KapImmersive.Cli;

/// <summary>Finds preset files (a file, or every *.json in a folder but the schema) and parses each one.</summary>
internal static class PresetFiles
{
    public const string SchemaFileName = "preset.schema.json";

    /// <summary>The preset files the paths name, or the first path that does not exist.</summary>
    public static (IReadOnlyList<string> Files, string? Missing) Find(IEnumerable<string> fullPaths)
    {
        var files = new List<string>();
        foreach (var path in fullPaths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json")
                    .Where(f => !string.Equals(Path.GetFileName(f), SchemaFileName, StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                return (files, path);
            }
        }

        return (files, null);
    }

    public static async Task<PresetParseResult> ParseAsync(string file, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(file, cancellationToken);
        var folder = Path.GetDirectoryName(file) ?? ".";
        var source = new PresetSource(Path.GetFileNameWithoutExtension(file), audio => File.Exists(Path.Combine(folder, audio)));
        return PresetParser.Parse(text, source);
    }
}
