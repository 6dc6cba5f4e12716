using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace KapImmersive.Core.Presets;

/// <summary>The presets a headset can switch between, by id.</summary>
public sealed class PresetCatalog
{
    private readonly FrozenDictionary<string, EnvironmentPreset> _byId;

    public PresetCatalog(IEnumerable<EnvironmentPreset> presets)
    {
        ArgumentNullException.ThrowIfNull(presets);
        _byId = presets.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IEnumerable<string> Ids => _byId.Keys;

    public int Count => _byId.Count;

    public bool TryGet(string id, [NotNullWhen(true)] out EnvironmentPreset? preset) => _byId.TryGetValue(id, out preset);
}
