using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Testing;

namespace KapImmersive.Core.Tests;

/// <summary>Presets for tests: the shipped ones from environments/, and small variants made in code.</summary>
internal static class TestPresets
{
    private static readonly Lazy<IReadOnlyList<EnvironmentPreset>> ShippedPresets = new(() =>
        [.. Directory.EnumerateFiles(RepositoryRoot.Combine("environments"), "*.json")
            .Where(f => !f.EndsWith("preset.schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => PresetParser.Parse(File.ReadAllText(f)).Preset ?? throw new InvalidOperationException($"{f} is not valid"))]);

    public static IReadOnlyList<EnvironmentPreset> Shipped => ShippedPresets.Value;

    public static EnvironmentPreset Calm(string id = "calm", double ceiling = 0.8, double darknessMin = 0, double darknessMax = 1,
        double darknessSeconds = 8, double volumeSeconds = 4) => new()
    {
        Id = id,
        Name = id,
        Sky = new SkyLook { Zenith = new Rgb(0.1f, 0.1f, 0.2f), Horizon = new Rgb(0.3f, 0.25f, 0.3f) },
        Darkness = new DarknessRange { Default = Math.Max(darknessMin, 0.2), Min = darknessMin, Max = darknessMax },
        Music = new MusicSettings { Volume = Math.Min(0.5, ceiling), Ceiling = ceiling },
        Safety = new SafetyOverrides { DarknessFullRangeSeconds = darknessSeconds, VolumeFullRangeSeconds = volumeSeconds },
    };

    public static PresetCatalog Catalog(params EnvironmentPreset[] presets) => new(presets);
}
