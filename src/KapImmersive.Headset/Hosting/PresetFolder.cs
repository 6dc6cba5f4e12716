using KapImmersive.Core.Presets;

namespace KapImmersive.Headset.Hosting;

/// <summary>The presets a headset offers: every valid preset file of its folder. Invalid ones are named, not loaded.</summary>
public static class PresetFolder
{
    public static (PresetCatalog Catalog, IReadOnlyList<string> Problems) Load(string folder)
    {
        var presets = new List<EnvironmentPreset>();
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var source = new PresetSource(Path.GetFileNameWithoutExtension(file), audio => File.Exists(Path.Combine(folder, audio)));
            var result = PresetParser.Parse(File.ReadAllText(file), source);
            if (result.IsValid)
            {
                presets.Add(result.Preset);
            }
            else
            {
                problems.AddRange(result.Problems.Select(p => $"{Path.GetFileName(file)}:{p}"));
            }
        }

        return (new PresetCatalog(presets), problems);
    }
}
