using KapImmersive.Core.Presets;

namespace KapImmersive.Audio.Tests.Support;

/// <summary>The repository's presets (environments/*.json), found from the test's folder upwards.</summary>
internal static class Presets
{
    private static readonly Lazy<IReadOnlyList<EnvironmentPreset>> All = new(Load);

    public static IReadOnlyList<EnvironmentPreset> Every => All.Value;

    public static IEnumerable<object[]> Ids => Every.Select(p => new object[] { p.Id });

    public static EnvironmentPreset Named(string id) => Every.Single(p => p.Id == id);

    public static string Folder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "environments")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("no environments folder"), "environments");
    }

    private static IReadOnlyList<EnvironmentPreset> Load() =>
        [.. Directory.EnumerateFiles(Folder(), "*.json").Order(StringComparer.Ordinal)
            .Select(f => PresetParser.Parse(File.ReadAllText(f)))
            .Where(r => r.IsValid)
            .Select(r => r.Preset!)];
}
