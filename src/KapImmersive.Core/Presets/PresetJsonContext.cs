using System.Text.Json.Serialization;

namespace KapImmersive.Core.Presets;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(WholeNumberJsonConverter)])]
[JsonSerializable(typeof(EnvironmentPreset))]
[JsonSerializable(typeof(Soundscape))]
[JsonSerializable(typeof(SoundscapeLayer))]
[JsonSerializable(typeof(PhaseMusic))]
internal sealed partial class PresetJsonContext : JsonSerializerContext;
