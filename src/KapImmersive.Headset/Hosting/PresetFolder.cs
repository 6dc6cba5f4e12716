using KapImmersive.Core.Presets;

namespace KapImmersive.Headset.Hosting;

/// <summary>
/// The presets a headset offers: every valid preset file of its folder. Invalid ones are named with their problems,
/// one line each, not loaded; a file that cannot be read is one such problem, and the rest still load.
/// </summary>
public static class PresetFolder
{
    public static (PresetCatalog Catalog, IReadOnlyList<string> Problems) Load(string folder)
    {
        var presets = new List<EnvironmentPreset>();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var result = Parse(folder, file);
            if (result.IsValid)
            {
                presets.Add(result.Preset);
            }
            else
            {
                problems.AddRange(result.Problems.Select(p => p.InFile(Path.GetFileName(file))));
            }
        }

        return (new PresetCatalog(presets), problems);
    }

    private static PresetParseResult Parse(string folder, string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PresetParseResult.Unreadable(ex.Message);
        }

        var source = new PresetSource(Path.GetFileNameWithoutExtension(file), audio => File.Exists(PresetAudio.PathOf(folder, audio)));
        return PresetParser.Parse(text, source);
    }
}
