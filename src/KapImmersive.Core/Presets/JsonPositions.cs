using System.Text;
using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Where each value and property name of a JSON text stands (1-based line and column), by JSON path,
/// so a problem found on the parsed tree can point into the file a therapist edits.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _names = new(StringComparer.Ordinal);

    public JsonPositions(byte[] utf8)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? pendingName = null;
        while (reader.Read())
        {
            var at = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                pendingName = JsonPath.Child(path.Peek().Path, reader.GetString()!);
                _names[pendingName] = at;
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                path.Pop();
                continue;
            }

            string here;
            if (path.Count == 0)
            {
                here = JsonPath.Root;
            }
            else if (path.Peek().IsArray)
            {
                var parent = path.Pop();
                here = JsonPath.Index(parent.Path, parent.NextIndex);
                path.Push(parent with { NextIndex = parent.NextIndex + 1 });
            }
            else
            {
                here = pendingName!;
            }

            _values[here] = at;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push((here, 0, reader.TokenType == JsonTokenType.StartArray));
            }
        }
    }

    public (int Line, int Column) OfValue(string path) =>
        _values.TryGetValue(path, out var at) ? at : (1, 1);

    public (int Line, int Column) OfName(string path) =>
        _names.TryGetValue(path, out var at) ? at : OfValue(path);

    private static List<int> LineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(byte[] utf8, List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var column = Encoding.UTF8.GetCharCount(utf8, lineStarts[line], offset - lineStarts[line]);
        return (line + 1, column + 1);
    }
}
