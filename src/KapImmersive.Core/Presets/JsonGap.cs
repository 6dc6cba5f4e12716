using System.Text;

namespace KapImmersive.Core.Presets;

/// <summary>
/// What stands between the last token a JSON reader took and the spot where it stopped: a separator, a complete
/// text in quotes (a field name without its colon), the start of a value, or text in quotes still open there.
/// </summary>
internal readonly record struct JsonGap(bool InText, byte Separator, string? Text, int? ValueStart)
{
    public static JsonGap Scan(byte[] utf8, int from, int to)
    {
        byte separator = 0;
        string? text = null;
        int? valueStart = null;
        for (var i = from; i < to; i++)
        {
            var b = utf8[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            if (b == (byte)'"')
            {
                var end = ClosingQuote(utf8, i);
                if (end >= to)
                {
                    return new JsonGap(true, separator, text, valueStart);
                }

                text ??= Encoding.UTF8.GetString(utf8, i + 1, end - i - 1);
                i = end;
            }
            else if (b is (byte)',' or (byte)':' && text is null && valueStart is null)
            {
                separator = b;
            }
            else
            {
                valueStart ??= i;
            }
        }

        return new JsonGap(false, separator, text, valueStart);
    }

    private static int ClosingQuote(byte[] utf8, int open)
    {
        var i = open + 1;
        while (i < utf8.Length && utf8[i] != (byte)'"')
        {
            i += utf8[i] == (byte)'\\' ? 2 : 1;
        }

        return i;
    }
}
