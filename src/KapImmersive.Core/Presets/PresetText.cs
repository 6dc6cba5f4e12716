using System.Buffers;
using System.Globalization;
using System.Text;

namespace KapImmersive.Core.Presets;

/// <summary>
/// Text as a therapist reads it: lengths in characters as seen (an emoji is one, not two), blank meaning nothing
/// visible, and any value echoed in a problem kept short and on one line, so each problem stays one line.
/// </summary>
public static class PresetText
{
    /// <summary>
    /// The characters that count as blank, written as a regular expression class the schema repeats character for
    /// character: JavaScript's \s and .NET's differ, so neither is used.
    /// </summary>
    public const string BlankClass = @"\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

    /// <summary>The schema's pattern for text that must show something: one character outside <see cref="BlankClass"/>.</summary>
    public const string NotBlankPattern = "[^" + BlankClass + "]";

    private const int EchoLength = 40;

    private static readonly SearchValues<char> Blank = SearchValues.Create(
        "\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff");

    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    public static bool IsBlank(string text) => text.AsSpan().IndexOfAnyExcept(Blank) < 0;

    /// <summary>A value as a problem quotes it: in single quotes, shortened, control characters escaped.</summary>
    public static string Echo(string text) => $"'{OneLine(Shorten(text))}'";

    /// <summary>At most 40 characters of the text, then "…".</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= EchoLength)
        {
            return text;
        }

        var elements = new StringInfo(text);
        return elements.LengthInTextElements > EchoLength ? elements.SubstringByTextElements(0, EchoLength) + "…" : text;
    }

    /// <summary>
    /// The text with everything that could break or disguise a line written as an escape: control characters, line
    /// and paragraph separators, direction overrides and halves of a surrogate pair standing alone.
    /// </summary>
    public static string OneLine(string text)
    {
        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (paired)
            {
                line.Append(c).Append(text[++i]);
            }
            else if (!Unsafe.Contains(c))
            {
                line.Append(c);
            }
            else
            {
                line.Append(c switch
                {
                    '\n' => @"\n",
                    '\r' => @"\r",
                    '\t' => @"\t",
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                });
            }
        }

        return line.ToString();
    }

    private static string UnsafeCharacters()
    {
        var unsafeChars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            unsafeChars.Append(c);
        }

        unsafeChars.Append("\u007f\u0085\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");
        for (var c = '\ud800'; c <= '\udfff'; c++)
        {
            unsafeChars.Append(c);
        }

        return unsafeChars.ToString();
    }
}
