using KapImmersive.Core.Presets;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Web.Tests.Support;

/// <summary>The repository's presets (environments/), as documents for the page and as the native side's catalogue.</summary>
internal static class ShippedPresets
{
    private static readonly Lazy<string[]> Files = new(() => [.. Directory.GetFiles(RepositoryRoot.Combine("environments"), "*.json")
        .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);

    public static IEnumerable<string> Ids => Files.Value.Select(f => Path.GetFileNameWithoutExtension(f)!);

    public static string[] Documents() => [.. Files.Value.Select(File.ReadAllText)];

    public static PresetCatalog Catalog() => new(Documents().Select(d => PresetParser.Parse(d)).Where(r => r.IsValid).Select(r => r.Preset!));
}
