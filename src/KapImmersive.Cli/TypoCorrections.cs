using System.CommandLine;
using System.CommandLine.Invocation;

namespace KapImmersive.Cli;

/// <summary>
/// The options and commands System.CommandLine itself would offer for a mistyped word (its edit-distance "did you
/// mean"), taken from its parse-error action, whose lines are captured here instead of being printed.
/// </summary>
internal static class TypoCorrections
{
    public static IReadOnlyList<string> For(ParseResult parse, string token)
    {
        if (parse.Action is not ParseErrorAction errorAction)
        {
            return [];
        }

        errorAction.ShowHelp = false;
        errorAction.ShowTypoCorrections = true;
        using var offered = new StringWriter();
        using var errors = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = offered, Error = errors });

        // The action writes, for each word it could not match: "'WORD' was not matched. Did you mean ...?" then one line per word it offers.
        var corrections = new List<string>();
        var inToken = false;
        foreach (var line in offered.ToString().Split('\n', StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('\'') && line.EndsWith('?'))
            {
                inToken = line.StartsWith($"'{token}' ", StringComparison.Ordinal);
            }
            else if (inToken && line.Length > 0)
            {
                corrections.Add(line);
            }
        }

        return corrections;
    }
}
