using System.Text.Json.Serialization;
using KapImmersive.Core.Commands;

namespace KapImmersive.Core.Protocol;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    MaxDepth = ProtocolLimits.MaxJsonDepth)]
[JsonSerializable(typeof(CommandMessage))]
[JsonSerializable(typeof(AckMessage))]
[JsonSerializable(typeof(EventMessage))]
[JsonSerializable(typeof(PresenceMessage))]
[JsonSerializable(typeof(StateMessage))]
[JsonSerializable(typeof(TelemetryMessage))]
[JsonSerializable(typeof(VitalsMessage))]
[JsonSerializable(typeof(RecordedMessage))]
[JsonSerializable(typeof(CommandValues))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
