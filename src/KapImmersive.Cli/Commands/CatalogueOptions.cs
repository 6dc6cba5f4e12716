using System.Diagnostics.CodeAnalysis;
using KapImmersive.Core.Commands;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// A catalogue command's arguments as command-line options: --NAME VALUE for each argument of its entry, read by the
/// argument's kind and checked by the entry, with help lines from the same declarations. Kept apart from the parser, so
/// another command-line library can build its options from <see cref="CommandEntry.Arguments"/> the same way.
/// </summary>
internal static class CatalogueOptions
{
    public static string OptionOf(CommandArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return "--" + argument.Name;
    }

    /// <summary>"--level (0..1)", or in brackets when optional.</summary>
    public static string Usage(CommandArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var usage = $"{OptionOf(argument)} ({argument.Accepts})";
        return argument.Required ? usage : $"[{usage}]";
    }

    /// <summary>The values given as options (by <paramref name="option"/>: name to text or null); the first unreadable one is the error.</summary>
    public static bool TryRead(CommandEntry entry, Func<string, string?> option, [NotNullWhen(true)] out CommandValues? values,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(option);
        values = CommandValues.Empty;
        error = null;
        foreach (var argument in entry.Arguments)
        {
            if (option(argument.Name) is not { } text)
            {
                continue;
            }

            if (!argument.TryParse(text, out var value, out var problem))
            {
                values = null;
                error = "--" + problem;
                return false;
            }

            values = values.With(argument.Name, value);
        }

        return true;
    }

    /// <summary>One line per command: "setDarkness --level 0..1 [--seconds 0..3600]: deepens or lifts ...".</summary>
    public static IEnumerable<string> Help(CommandCatalogue catalogue, CommandSender from)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return catalogue.SentBy(from).Select(entry =>
            string.Join(' ', entry.Arguments.Select(Usage).Prepend(entry.Name)) + ": " + entry.Summary);
    }
}
