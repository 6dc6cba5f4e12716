using System.Text.Json.Serialization;

namespace KapImmersive.Core.Presets;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EnvironmentPreset))]
internal sealed partial class PresetJsonContext : JsonSerializerContext;
