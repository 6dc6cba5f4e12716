using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Rendering.Tests.Support;

/// <summary>The repository's presets and sessions played on them, as `kap render` plays them (dosing from second 0).</summary>
internal static class Sessions
{
    private static readonly Lazy<IReadOnlyList<EnvironmentPreset>> All = new(Load);

    public static IReadOnlyList<EnvironmentPreset> Presets => All.Value;

    /// <summary>Every preset's id, for theories that hold for each.</summary>
    public static TheoryData<string> Ids => [.. Presets.Select(p => p.Id).Order(StringComparer.Ordinal)];

    /// <summary>The presets under an open sky (the rooms show theirs only through a window).</summary>
    public static TheoryData<string> OpenSkyIds =>
        [.. Presets.Where(p => p.Ground.Kind != "room").Select(p => p.Id).Order(StringComparer.Ordinal)];

    public static EnvironmentPreset Preset(string id) => Presets.Single(p => p.Id == id);

    public static ScriptedSession Play(string presetId, params TimedCommand[] commands) =>
        new(Preset(presetId), new PresetCatalog(Presets), [new TimedCommand(0, new SetPhase("phase", "test", SessionPhase.Dosing)), .. commands]);

    public static SceneFrame FrameAt(string presetId, double at, params TimedCommand[] commands) =>
        SceneComposer.Compose(Play(presetId, commands).AdvanceTo(at), at);

    public static TimedCommand Darkness(double at, double level, double? seconds = null) =>
        new(at, new SetDarkness($"dark-{at}-{level}", "test", level, seconds));

    public static TimedCommand Breathing(double at, string pattern = "coherent") => new(at, new StartBreathing($"breathe-{at}", "test", pattern));

    public static TimedCommand StopBreathing(double at) => new(at, new StopBreathing($"stop-{at}", "test"));

    public static TimedCommand CheckIn(double at) => new(at, new RequestCheckIn($"check-{at}", "test"));

    public static string RepositoryFolder(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, name)))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException(name) : Path.Combine(dir.FullName, name);
    }

    private static IReadOnlyList<EnvironmentPreset> Load() =>
        [.. Directory.EnumerateFiles(RepositoryFolder("environments"), "*.json")
            .Where(f => !f.EndsWith("preset.schema.json", StringComparison.Ordinal))
            .Select(f => PresetParser.Parse(File.ReadAllText(f)))
            .Where(r => r.IsValid)
            .Select(r => r.Preset!)];
}
