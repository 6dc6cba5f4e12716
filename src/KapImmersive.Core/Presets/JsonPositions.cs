using System.Text;
using System.Text.Json;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Where each value and property name of a JSON text stands (1-based line and column), by JSON path, so a problem
/// found on the parsed tree can point into the file a therapist edits. The same pass notes what the parsed tree
/// hides or cannot give back: a field written twice in one group, and text holding half of a surrogate pair.
/// </summary>
internal sealed class JsonPositions
{
    private readonly Dictionary<string, (int Line, int Column)> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _names = new(StringComparer.Ordinal);
    private readonly List<(string Path, int Line, int Column)> _repeated = [];
    private readonly List<(string Path, int Line, int Column)> _unreadable = [];

    /// <param name="utf8">JSON text that <see cref="JsonDocument"/> has already parsed.</param>
    public JsonPositions(byte[] utf8)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8);
        var path = new Stack<(string Path, int NextIndex, bool IsArray, HashSet<string> Names)>();
        string? pendingName = null;
        while (reader.Read())
        {
            var at = Position(utf8, lineStarts, (int)reader.TokenStartIndex);
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Readable(ref reader, out var readable);
                pendingName = JsonPath.Child(path.Peek().Path, name);
                if (!readable)
                {
                    _unreadable.Add((pendingName, at.Line, at.Column));
                }

                if (!path.Peek().Names.Add(name))
                {
                    _repeated.Add((pendingName, at.Line, at.Column));
                }

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

            if (reader.TokenType == JsonTokenType.String)
            {
                Readable(ref reader, out var readable);
                if (!readable)
                {
                    _unreadable.Add((here, at.Line, at.Column));
                }
            }

            _values[here] = at;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                path.Push((here, 0, reader.TokenType == JsonTokenType.StartArray, new HashSet<string>(StringComparer.Ordinal)));
            }
        }
    }

    /// <summary>Fields named a second (or later) time in the same group, at the repeated name.</summary>
    public IReadOnlyList<(string Path, int Line, int Column)> Repeated => _repeated;

    /// <summary>Names and text values holding an escaped half of a surrogate pair (\udfff alone), which no program can read as text.</summary>
    public IReadOnlyList<(string Path, int Line, int Column)> Unreadable => _unreadable;

    public (int Line, int Column) OfValue(string path) =>
        _values.TryGetValue(path, out var at) ? at : (1, 1);

    public (int Line, int Column) OfName(string path) =>
        _names.TryGetValue(path, out var at) ? at : OfValue(path);

    /// <summary>The line and column of a byte offset into the text.</summary>
    public static (int Line, int Column) At(byte[] utf8, int offset) =>
        Position(utf8, LineStarts(utf8), Math.Clamp(offset, 0, utf8.Length));

    /// <summary>The token's text; when its escapes do not make text, the escapes as written.</summary>
    private static string Readable(ref Utf8JsonReader reader, out bool readable)
    {
        try
        {
            readable = true;
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            readable = false;
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

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
