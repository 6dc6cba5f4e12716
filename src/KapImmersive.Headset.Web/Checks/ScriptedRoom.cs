using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Headset.Web.Checks;

/// <summary>A preset among those given and a scripted session in it: what the browser checks draw and play.</summary>
internal sealed record ScriptedRoom(ScriptedSession Session, PresetCatalog Presets)
{
    public static ScriptedRoom Start(IReadOnlyList<string> presetDocuments, string presetId, string scriptJson)
    {
        var presets = new PresetCatalog(presetDocuments.Select(d => PresetParser.Parse(d)).Where(r => r.IsValid).Select(r => r.Preset!));
        if (!presets.TryGet(presetId, out var preset))
        {
            throw new ArgumentException($"no valid preset '{presetId}' among those given", nameof(presetId));
        }

        var (commands, errors) = SessionScript.Parse(scriptJson);
        if (!errors.IsEmpty)
        {
            throw new ArgumentException(string.Join("; ", errors), nameof(scriptJson));
        }

        return new ScriptedRoom(new ScriptedSession(preset, presets, commands), presets);
    }
}
