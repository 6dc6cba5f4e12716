using System.Text.Json;
using System.Text.Json.Nodes;
using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Fills what a preset file leaves out with the model's own defaults before it is deserialized.
/// Source-generated deserialization sets every init-only property, so a field missing from the file would become
/// 0 or null instead of the default its record declares (dotnet/runtime#84484). Filling from serialized default
/// instances keeps the defaults in one place: the model records.
/// </summary>
internal static class PresetDefaults
{
    private static readonly JsonObject Preset = Serialize(new EnvironmentPreset { Id = "", Name = "", Sky = new SkyLook { Zenith = Rgb.Black, Horizon = Rgb.Black } });
    private static readonly JsonObject Soundscape = Serialize(new Soundscape());
    private static readonly JsonObject Layer = Serialize(new SoundscapeLayer { Name = "", Kind = "" });
    private static readonly JsonObject PhaseMusic = Serialize(Presets.PhaseMusic.Everything);
    private static readonly JsonObject Moon = Serialize(new MoonLook());
    private static readonly JsonObject Clouds = Serialize(new CloudLayer());
    private static readonly JsonObject Aurora = Serialize(new AuroraLook());
    private static readonly JsonObject MilkyWay = Serialize(new MilkyWayLook());
    private static readonly JsonObject Room = Serialize(new RoomLook());

    public static JsonObject Fill(JsonElement root)
    {
        var preset = JsonNode.Parse(root.GetRawText())!.AsObject();
        Merge(preset, Preset);
        if (preset["music"]?["soundscape"] is JsonObject soundscape)
        {
            Merge(soundscape, Soundscape);
            foreach (var layer in soundscape["layers"]!.AsArray().OfType<JsonObject>())
            {
                Merge(layer, Layer);
            }
        }

        // Optional groups have no default of their own (a preset without a moon has none), so each one present is
        // filled separately.
        MergeIfPresent(preset["sky"]?["moon"], Moon);
        MergeIfPresent(preset["sky"]?["clouds"], Clouds);
        MergeIfPresent(preset["sky"]?["aurora"], Aurora);
        MergeIfPresent(preset["sky"]?["milkyWay"], MilkyWay);
        MergeIfPresent(preset["room"], Room);
        if (preset["music"]?["phases"] is JsonObject phases)
        {
            foreach (var phase in phases.Select(p => p.Value).OfType<JsonObject>())
            {
                Merge(phase, PhaseMusic);
            }
        }

        return preset;
    }

    private static void MergeIfPresent(JsonNode? target, JsonObject defaults)
    {
        if (target is JsonObject group)
        {
            Merge(group, defaults);
        }
    }

    private static void Merge(JsonObject target, JsonObject defaults)
    {
        foreach (var (name, value) in defaults)
        {
            if (!target.TryGetPropertyValue(name, out var present) || present is null)
            {
                target[name] = value?.DeepClone();
            }
            else if (present is JsonObject presentObject && value is JsonObject defaultObject)
            {
                Merge(presentObject, defaultObject);
            }
        }
    }

    private static JsonObject Serialize<T>(T value) =>
        JsonSerializer.SerializeToNode(value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)PresetJsonContext.Default.GetTypeInfo(typeof(T))!)!.AsObject();
}
