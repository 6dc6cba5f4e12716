using System.Text;
using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Says in plain words what stops a text from being JSON, and where: what was expected at that spot and what was
/// found, instead of the parser's own wording (which speaks of tokens, blocks and byte positions).
/// </summary>
internal static class JsonSyntax
{
    private const string Values = "text in double quotes, a number, true, false, null, a group { } or a list [ ]";

    /// <summary>The first syntax problem of a text that is not JSON; null when it is JSON.</summary>
    public static PresetProblem? FirstProblem(byte[] utf8)
    {
        if (utf8.AsSpan().TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return new PresetProblem(JsonPath.Root, 1, 1, "the preset is empty; a preset is one group of settings in { }");
        }

        var reader = new Utf8JsonReader(utf8);
        var last = JsonTokenType.None;
        var lastEnd = 0;
        var containers = new Stack<JsonTokenType>();
        try
        {
            while (reader.Read())
            {
                last = reader.TokenType;
                lastEnd = (int)reader.BytesConsumed;
                if (last is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    containers.Push(last);
                }
                else if (last is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    containers.Pop();
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            var offset = Math.Min(utf8.Length, Offset(utf8, (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0)));
            var after = JsonGap.Scan(utf8, lastEnd, offset);
            // A value the reader gave up on part-way ("01" at its 1) is pointed at where it starts.
            var (line, column) = JsonPositions.At(utf8, after.ValueStart ?? offset);
            var context = new Context(last, containers.Count > 0 ? containers.Peek() : JsonTokenType.None, containers.Count);
            return new PresetProblem(JsonPath.Root, line, column, $"this is not valid JSON: {Explain(utf8, offset, after, context)}");
        }
    }

    private static string Explain(byte[] utf8, int offset, JsonGap after, Context context)
    {
        if (context.Depth >= 64)
        {
            return "groups and lists are nested more than 64 deep";
        }

        if (after.InText)
        {
            return InsideText(utf8, offset);
        }

        if (utf8.AsSpan(offset).Trim(" \t\r\n"u8).IsEmpty)
        {
            return context.Last == JsonTokenType.None
                ? "the text ends before the preset's first {"
                : "the text ends too soon; a { or [ is not closed, or a field has no value";
        }

        var found = Found(utf8, offset);
        if (utf8[offset] == (byte)'/')
        {
            return "comments (// or /* */) are not allowed in JSON; remove them";
        }

        if (context.Last == JsonTokenType.None)
        {
            return $"a preset starts with {{; found {found}";
        }

        if (context.Depth == 0)
        {
            return $"there is more after the preset's closing }}: {found}; a file holds one preset";
        }

        if (after.Separator == (byte)',' && utf8[offset] is (byte)'}' or (byte)']')
        {
            return $"remove the comma before this {(char)utf8[offset]}: JSON allows none after the last item";
        }

        var inObject = context.Container == JsonTokenType.StartObject;
        if (inObject && (context.Last == JsonTokenType.StartObject || after.Separator == (byte)','))
        {
            return after.Text is { } name ? $"expected ':' after the field name {PresetText.Echo(name)}; found {found}"
                : utf8[offset] == (byte)'\'' ? "field names need double quotes (\"), not single ones"
                : $"expected a field name in double quotes, e.g. \"name\"; found {found}";
        }

        if (context.Last is JsonTokenType.PropertyName or JsonTokenType.StartArray || after.Separator == (byte)',')
        {
            return ValueProblem(utf8, after.ValueStart ?? offset);
        }

        return $"expected ',' or '{(inObject ? '}' : ']')}' after the value before; found {found} (is a comma missing?)";
    }

    private static string ValueProblem(byte[] utf8, int offset)
    {
        var word = Word(utf8, offset);
        var found = Found(utf8, offset);
        return utf8[offset] switch
        {
            (byte)'\'' => "text needs double quotes (\"), not single ones",
            (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9') =>
                $"{PresetText.Echo(word)} is not a number as JSON writes them, e.g. 0.5, 12 or -3",
            _ when word.Length > 0 && char.IsLetter(word[0]) =>
                $"{PresetText.Echo(word)} is not a value; text needs double quotes, and true, false and null are written in lowercase",
            _ => $"expected a value ({Values}); found {found}",
        };
    }

    private static string InsideText(byte[] utf8, int offset)
    {
        if (offset >= utf8.Length)
        {
            return "text in quotes is not closed; add the closing \"";
        }

        if (offset > 0 && utf8[offset - 1] == (byte)'\\')
        {
            return $"{PresetText.Echo("\\" + (char)utf8[offset])} is not an escape JSON knows; write \\\\ for a backslash, or \\n, \\t, \\\" or \\uXXXX";
        }

        return utf8[offset] switch
        {
            (byte)'\n' or (byte)'\r' => "text in quotes runs past the end of the line; close it with \" or write \\n for a line break",
            < 0x20 => "text in quotes holds a control character (a tab or similar); write it as \\t or \\uXXXX",
            _ => $"text in quotes cannot hold {Found(utf8, offset)} here",
        };
    }

    private static string Found(byte[] utf8, int offset)
    {
        if (utf8[offset] == (byte)'"')
        {
            var close = utf8.AsSpan(offset + 1).IndexOf((byte)'"');
            var length = close < 0 ? utf8.Length - offset : close + 2;
            return PresetText.Echo(Encoding.UTF8.GetString(utf8, offset, Math.Min(length, 64)));
        }

        var word = Word(utf8, offset);
        return PresetText.Echo(word.Length > 0 ? word : ((char)utf8[offset]).ToString());
    }

    /// <summary>The run of characters at the offset up to the next space or punctuation, as a person would read a word.</summary>
    private static string Word(byte[] utf8, int offset)
    {
        var end = offset;
        while (end < utf8.Length && end - offset < 40 && utf8[end] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':' or (byte)'}' or (byte)']' or (byte)'{' or (byte)'[' or (byte)'"'))
        {
            end++;
        }

        return Encoding.UTF8.GetString(utf8, offset, end - offset);
    }

    private static int Offset(byte[] utf8, int line, int bytePositionInLine)
    {
        var offset = 0;
        for (var seen = 0; seen < line && offset < utf8.Length; offset++)
        {
            if (utf8[offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset + bytePositionInLine;
    }

    private readonly record struct Context(JsonTokenType Last, JsonTokenType Container, int Depth);
}
