using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KapImmersive.Cli;

/// <summary>Positional words and --options after the command's own name; "--flag" alone is true.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CliArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    public static CliArguments Parse(IEnumerable<string> words)
    {
        var positional = new List<string>();
        var parsed = new CliArguments(positional);
        using var e = words.GetEnumerator();
        string? pendingOption = null;
        while (e.MoveNext())
        {
            var word = e.Current;
            if (word.StartsWith("--", StringComparison.Ordinal) && word.Length > 2)
            {
                if (pendingOption is not null)
                {
                    parsed._options[pendingOption] = "true";
                }

                var eq = word.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    parsed._options[word[2..eq]] = word[(eq + 1)..];
                    pendingOption = null;
                }
                else
                {
                    pendingOption = word[2..];
                }
            }
            else if (pendingOption is not null)
            {
                parsed._options[pendingOption] = word;
                pendingOption = null;
            }
            else
            {
                positional.Add(word);
            }
        }

        if (pendingOption is not null)
        {
            parsed._options[pendingOption] = "true";
        }

        return parsed;
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string? Option(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>Reads a number option; a present but unreadable value is a usage error, not a silent default.</summary>
    public bool TryNumber(string name, [NotNullWhen(false)] out string? error, out double? value)
    {
        value = null;
        error = null;
        if (Option(name) is not { } text)
        {
            return true;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        error = $"--{name}: '{text}' is not a number";
        return false;
    }

    /// <summary>Options given that the command never asked about: almost always a typo worth reporting.</summary>
    public IEnumerable<string> Unread() => _options.Keys.Where(k => !_read.Contains(k));
}
