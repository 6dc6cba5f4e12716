using KapImmersive.Core.Presets;

namespace KapImmersive.Bench;

internal static class PresetFolder
{
    /// <summary>The valid presets of the repository's environments folder, found from the current directory upwards.</summary>
    public static IReadOnlyList<EnvironmentPreset> Load(string folderName)
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, folderName)))
        {
            dir = dir.Parent;
        }

        var folder = dir is null ? throw new DirectoryNotFoundException($"no '{folderName}' folder above {Environment.CurrentDirectory}") : Path.Combine(dir.FullName, folderName);
        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Select(f => PresetParser.Parse(File.ReadAllText(f)))
            .Where(r => r.IsValid)
            .Select(r => r.Preset!)];
    }
}
