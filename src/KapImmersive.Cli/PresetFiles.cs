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

    /// <summary>The file's problems, or its preset; a file that cannot be read is one problem, so the others are still checked.</summary>
    public static async Task<PresetParseResult> ParseAsync(string file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PresetParseResult.Unreadable(ex.Message);
        }

        var folder = Path.GetDirectoryName(file) ?? ".";
        var source = new PresetSource(Path.GetFileNameWithoutExtension(file), audio => File.Exists(PresetAudio.PathOf(folder, audio)));
        return PresetParser.Parse(text, source);
    }
}
