using System.Text.Json;
using System.Text.Json.Serialization;

namespace KapImmersive.Core.Scene;

/// <summary>Colours travel as "#RRGGBB", the way therapists write them.</summary>
public sealed class RgbJsonConverter : JsonConverter<Rgb>
{
    public override Rgb Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Rgb.TryParseHex(reader.GetString(), out var colour) ? colour : throw new JsonException("expected a colour as #RRGGBB");

    public override void Write(Utf8JsonWriter writer, Rgb value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToHex());
    }
}
