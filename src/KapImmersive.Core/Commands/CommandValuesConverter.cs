using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KapImmersive.Core.Commands;

/// <summary>
/// Reads "args" as any JSON object of scalars without knowing the command, so its entry can say what is wrong with each
/// value in plain words; null means "not given". Writes numbers, texts and flags in the order they were added.
/// </summary>
public sealed class CommandValuesConverter : JsonConverter<CommandValues>
{
    public override CommandValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("args is an object of named values");
        }

        var pairs = new List<KeyValuePair<string, ArgumentValue>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = ReadText(ref reader) ?? throw new JsonException("an argument's name is not valid Unicode");
            reader.Read();
            if (ReadValue(ref reader) is { } value)
            {
                pairs.Add(new(name, value));
            }
        }

        return CommandValues.From(pairs);
    }

    public override void Write(Utf8JsonWriter writer, CommandValues value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (name, argument) in value.Pairs)
        {
            if (argument.Number is { } number && double.IsFinite(number))
            {
                writer.WriteNumber(name, number);
            }
            else if (argument.Number is { } notFinite)
            {
                // JSON has no NaN or infinity; a log of a refused command keeps what it held as text rather than failing.
                writer.WriteString(name, notFinite.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (argument.Text is { } text)
            {
                writer.WriteString(name, text);
            }
            else if (argument.Flag is { } flag)
            {
                writer.WriteBoolean(name, flag);
            }
        }

        writer.WriteEndObject();
    }

    private static ArgumentValue? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True or JsonTokenType.False:
                return ArgumentValue.Of(reader.GetBoolean());
            case JsonTokenType.Number:
                return reader.TryGetDouble(out var number) && double.IsFinite(number)
                    ? ArgumentValue.Of(number)
                    : ArgumentValue.NonFinite(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.String:
                return ReadText(ref reader) is { } text ? ArgumentValue.Of(text) : ArgumentValue.Unreadably("text that is not valid Unicode");
            case JsonTokenType.StartArray:
                reader.Skip();
                return ArgumentValue.Unreadably("a list");
            default:
                reader.Skip();
                return ArgumentValue.Unreadably("an object");
        }
    }

    /// <summary>The text of a string token, or null for one that is not valid Unicode (a lone surrogate escape such as \udfff).</summary>
    private static string? ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
