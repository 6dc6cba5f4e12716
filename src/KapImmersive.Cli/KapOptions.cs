using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace KapImmersive.Cli;

/// <summary>
/// The kinds of option `kap` commands take, typed, each with a plain one-line error for a value it cannot use
/// ("--minutes: 'lots' is not a number") instead of the parser's type names, and completions where the values are few.
/// </summary>
internal static class KapOptions
{
    /// <summary>A number (invariant culture, finite); <paramref name="check"/> says why a readable one is refused, or null.</summary>
    public static Option<double?> Number(string name, string helpName, string description, Func<double, string?>? check = null) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result => Parse(result, name, check, (string text, out double value) =>
                double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value), "a number"),
        };

    /// <summary>A whole number from <paramref name="minimum"/> to <paramref name="maximum"/>.</summary>
    public static Option<int?> WholeNumber(string name, string helpName, string description, int minimum = 0, int maximum = int.MaxValue) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            CustomParser = result => Parse(result, name,
                value => value >= minimum && value <= maximum ? null : Invariant($"{value} is out of range; use {minimum} to {maximum}"),
                (string text, out int value) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value), "a whole number"),
        };

    public static Option<int?> Port(string name, string description) => WholeNumber(name, "PORT", description, 0, 65535);

    public static Option<string> Text(string name, string helpName, string description) => new(name) { HelpName = helpName, Description = description };

    /// <summary>One word of a few, offered by tab completion; the word maps to the value the command uses.</summary>
    public static Option<T?> Choice<T>(string name, string description, IReadOnlyList<(string Word, T Value)> choices)
        where T : struct
    {
        var words = choices.Select(c => c.Word).ToArray();
        var option = new Option<T?>(name)
        {
            HelpName = string.Join('|', words),
            Description = description,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var text = result.Tokens[0].Value;
                foreach (var (word, value) in choices)
                {
                    if (string.Equals(word, text, StringComparison.OrdinalIgnoreCase))
                    {
                        return value;
                    }
                }

                result.AddError($"{name}: '{text}' is not one of {string.Join(", ", words)}");
                return null;
            },
        };
        option.CompletionSources.Add(words);
        return option;
    }

    /// <summary>An option that is there or not: "--preview" (also "--preview true" or "--preview false").</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    private delegate bool TryRead<T>(string text, out T value);

    private static T? Parse<T>(ArgumentResult result, string name, Func<T, string?>? check, TryRead<T> read, string kind)
        where T : struct
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[0].Value;
        if (!read(text, out var value))
        {
            result.AddError($"{name}: '{text}' is not {kind}");
            return null;
        }

        if (check?.Invoke(value) is { } problem)
        {
            result.AddError($"{name}: {problem}");
            return null;
        }

        return value;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
