using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using KapImmersive.Core.Commands;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// A catalogue command's arguments as command-line options: --NAME VALUE for each argument of its entry, shown with
/// what it accepts and what it means, required as the entry says, choices offered by tab completion; the values are
/// read by the argument's kind and checked by the entry, so the catalogue stays the one place a command is declared.
/// </summary>
internal static class CatalogueOptions
{
    public static string OptionOf(CommandArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return "--" + argument.Name;
    }

    /// <summary>One option per argument of the entry, in its order.</summary>
    public static IReadOnlyList<Option<string>> OptionsOf(CommandEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Arguments.Select(argument =>
        {
            var option = new Option<string>(OptionOf(argument)) { HelpName = argument.Accepts, Description = argument.Description, Required = argument.Required };
            if (argument.Kind == ArgumentKind.Choice)
            {
                option.CompletionSources.Add([.. argument.Choices]);
            }
            else if (argument.Kind == ArgumentKind.Flag)
            {
                option.CompletionSources.Add("true", "false");
            }

            return option;
        }).ToList();
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
}
