using System.Text.Json.Serialization;

namespace KapImmersive.Core.Presets;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(EnvironmentPreset))]
[JsonSerializable(typeof(Soundscape))]
[JsonSerializable(typeof(SoundscapeLayer))]
[JsonSerializable(typeof(PhaseMusic))]
[JsonSerializable(typeof(MoonLook))]
[JsonSerializable(typeof(CloudLayer))]
[JsonSerializable(typeof(AuroraLook))]
[JsonSerializable(typeof(MilkyWayLook))]
[JsonSerializable(typeof(RoomLook))]
internal sealed partial class PresetJsonContext : JsonSerializerContext;
