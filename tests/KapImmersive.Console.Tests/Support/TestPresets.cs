using KapImmersive.Core.Presets;
using KapImmersive.Testing;

namespace KapImmersive.Console.Tests.Support;

/// <summary>The repository's presets (environments/), as a simulated headset knows them.</summary>
internal static class TestPresets
{
    private static readonly Lazy<PresetCatalog> Loaded = new(() => new PresetCatalog(Directory.EnumerateFiles(Folder, "*.json")
        .Select(f => PresetParser.Parse(File.ReadAllText(f)))
        .Where(r => r.IsValid)
        .Select(r => r.Preset!)));

    public static string Folder => RepositoryRoot.Combine("environments");

    public static PresetCatalog Catalog => Loaded.Value;

    public static EnvironmentPreset First => Catalog.TryGet("dusk-meadow", out var preset) ? preset : throw new InvalidOperationException("no dusk-meadow preset");
}
