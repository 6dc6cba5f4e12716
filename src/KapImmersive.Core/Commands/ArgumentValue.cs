using System.Globalization;

namespace KapImmersive.Core.Commands;

/// <summary>
/// One argument's value as it arrived (in JSON, a form or on a command line), before its argument's checks: a number,
/// a text, true/false, or something unreadable (a list, an object, a number too large for a double), kept to say so.
/// </summary>
public readonly record struct ArgumentValue
{
    /// <summary>Values echoed in an error are cut to this many characters, so a huge one never fills an ack or a log.</summary>
    public const int EchoLength = 40;

    public double? Number { get; private init; }

    public string? Text { get; private init; }

    public bool? Flag { get; private init; }

    /// <summary>What arrived when it was none of the above, in words ("a list"), or as written for a number too large for a double.</summary>
    public string? Unreadable { get; private init; }

    /// <summary>A number, but too large for a double (1e400): refused as not finite, like NaN and infinity.</summary>
    public bool IsNonFiniteNumber { get; private init; }

    public static ArgumentValue Of(double number) => new() { Number = number };

    public static ArgumentValue Of(string text) => new() { Text = text };

    public static ArgumentValue Of(bool flag) => new() { Flag = flag };

    public static ArgumentValue Unreadably(string what) => new() { Unreadable = what };

    public static ArgumentValue NonFinite(string written) => new() { Unreadable = Shorten(written), IsNonFiniteNumber = true };

    /// <summary>The value as an error message quotes it: numbers as they are, texts in quotes and cut short.</summary>
    public string Echo() =>
        Number is { } n ? n.ToString("R", CultureInfo.InvariantCulture)
        : Text is { } t ? $"'{Shorten(t)}'"
        : Flag is { } f ? (f ? "true" : "false")
        : Unreadable ?? "nothing";

    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= EchoLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[EchoLength - 1]) ? EchoLength - 1 : EchoLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
