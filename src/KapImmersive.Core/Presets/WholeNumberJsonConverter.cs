using System.Text.Json;
using System.Text.Json.Serialization;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Reads a whole number however JSON writes it (3, 3.0, 3e0, 30e-1), as JSON Schema's "integer" and the validator
/// accept; the validator has already checked that it is whole and in range.
/// </summary>
internal sealed class WholeNumberJsonConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        return reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : throw new JsonException("expected a whole number");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value);
    }
}
