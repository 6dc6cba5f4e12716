using KapImmersive.Core.Presets;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>The repository's presets (environments/), found from the test's folder upwards.</summary>
internal static class TestPresets
{
    private static readonly Lazy<PresetCatalog> Loaded = new(Load);

    public static PresetCatalog Catalog => Loaded.Value;

    public static EnvironmentPreset First => Catalog.TryGet("dusk-meadow", out var preset) ? preset : throw new InvalidOperationException("no dusk-meadow preset");

    private static PresetCatalog Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "environments")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("no environments folder above the tests"), "environments");
        return new PresetCatalog(Directory.EnumerateFiles(folder, "*.json")
            .Select(f => PresetParser.Parse(File.ReadAllText(f)))
            .Where(r => r.IsValid)
            .Select(r => r.Preset!));
    }
}
