using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace KapImmersive.Cli;

/// <summary>
/// What `kap` says when it is called wrongly (an unknown command or option, a missing one, a value it cannot read):
/// one plain line naming the problem, with "did you mean" where a known word is close, then the command's usage.
/// </summary>
internal static class Misuse
{
    public static async Task<int> ReportAsync(ParseResult parse, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        await console.Error.WriteLineAsync($"{PathOf(parse.CommandResult)}: {Problem(parse)}");
        await console.Error.WriteLineAsync(UsageLine(parse.CommandResult));
        return ExitCodes.Usage;
    }

    /// <summary>"usage: kap render PRESET --out &lt;FILE.png&gt; [options]", and where the rest is explained.</summary>
    public static string UsageLine(CommandResult command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parts = new List<string> { PathOf(command) };
        parts.AddRange(command.Command.Arguments.Where(a => !a.Hidden).Select(ArgumentUsage));
        var options = OptionsOf(command).ToList();
        parts.AddRange(options.Where(o => o.Required).Select(o => $"{o.Name} <{o.HelpName ?? "VALUE"}>"));
        if (options.Any(o => !o.Required))
        {
            parts.Add("[options]");
        }

        if (command.Command.Subcommands.Any(c => !c.Hidden))
        {
            parts.Add("COMMAND");
        }

        return $"usage: {string.Join(' ', parts)}   ('{PathOf(command)} --help' says more)";
    }

    /// <summary>"kap headset simulate": the words that named the command.</summary>
    public static string PathOf(CommandResult command)
    {
        var words = new List<string>();
        for (var result = command; result is not null; result = result.Parent as CommandResult)
        {
            words.Add(result.Parent is null ? "kap" : result.Command.Name);
        }

        words.Reverse();
        return string.Join(' ', words);
    }

    private static string Problem(ParseResult parse)
    {
        var command = parse.CommandResult;
        var commands = command.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        if (parse.UnmatchedTokens is [var token, ..])
        {
            var isOption = token.StartsWith('-');
            var corrections = TypoCorrections.For(parse, token).Where(word => word.StartsWith('-') == isOption).ToList();
            var what = isOption ? $"unknown option {token}" : commands.Count > 0 ? $"'{token}' is not a command" : $"unexpected argument '{token}'";
            return corrections.Count > 0 ? $"{what}; did you mean {string.Join(" or ", corrections)}?"
                : isOption ? $"{what}; the options are {string.Join(", ", OptionsOf(command).Select(o => o.Name))}"
                : commands.Count > 0 ? $"{what}; the commands are {string.Join(", ", commands)}"
                : what;
        }

        // A missing command is reported last: a wrong value given before it is the more useful thing to hear.
        var error = parse.Errors.FirstOrDefault(e => e.SymbolResult is not CommandResult) ?? (parse.Errors.Count > 0 ? parse.Errors[0] : null);
        if (error is null || (error.SymbolResult is CommandResult && commands.Count > 0 && command.Command.Action is null))
        {
            return $"name a command: {string.Join(", ", commands)}";
        }

        var message = error.Message.TrimEnd('.');
        return message.StartsWith('-') ? message : char.ToLowerInvariant(message[0]) + message[1..];
    }

    /// <summary>The options a command takes: its own and those its parents share with it, without help and version.</summary>
    private static IEnumerable<Option> OptionsOf(CommandResult command)
    {
        var own = command.Command.Options.Where(o => !o.Hidden && o is not HelpOption and not VersionOption);
        var shared = new List<Option>();
        for (var parent = command.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            shared.AddRange(parent.Command.Options.Where(o => o.Recursive && !o.Hidden && o is not HelpOption and not VersionOption));
        }

        return shared.Concat(own);
    }

    private static string ArgumentUsage(Argument argument)
    {
        var name = argument.HelpName ?? argument.Name;
        var usage = argument.Arity.MaximumNumberOfValues > 1 ? name + "..." : name;
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{usage}]" : usage;
    }
}
