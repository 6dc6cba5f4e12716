namespace KapImmersive.Cli;

/// <summary>Finds the command a line of words names and runs it; prints help for anything else.</summary>
internal sealed class KapCommandLine(IReadOnlyList<ICliCommand> commands)
{
    public async Task<int> RunAsync(string[] words, CliConsole console, CancellationToken cancellationToken)
    {
        if (words.Length == 0 || words[0] is "help" or "--help" or "-h")
        {
            PrintHelp(console.Out);
            return words.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        var command = commands
            .Where(c => Matches(c, words))
            .MaxBy(c => c.Name.Split(' ').Length);
        if (command is null)
        {
            await console.Error.WriteLineAsync($"kap: unknown command '{string.Join(' ', words.TakeWhile(w => !w.StartsWith('-')))}'");
            PrintHelp(console.Error);
            return ExitCodes.Usage;
        }

        var args = CliArguments.Parse(words.Skip(command.Name.Split(' ').Length));
        if (args.Has("help"))
        {
            await console.Out.WriteLineAsync($"usage: kap {command.Name} {command.Usage}\n  {command.Summary}");
            if (command.Details.Length > 0)
            {
                await console.Out.WriteLineAsync(command.Details);
            }

            return ExitCodes.Ok;
        }

        var code = await command.RunAsync(args, console, cancellationToken);
        if (code == ExitCodes.Usage)
        {
            await console.Error.WriteLineAsync($"usage: kap {command.Name} {command.Usage}");
        }

        return code;
    }

    private static bool Matches(ICliCommand command, string[] words)
    {
        var name = command.Name.Split(' ');
        return words.Length >= name.Length && name.SequenceEqual(words.Take(name.Length), StringComparer.Ordinal);
    }

    private void PrintHelp(TextWriter writer)
    {
        writer.WriteLine("kap: KapImmersive's tool for therapists, clinicians and developers\n\ncommands:");
        foreach (var command in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            writer.WriteLine($"  kap {command.Name} {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }

        writer.WriteLine("\n'kap COMMAND --help' shows one command.");
    }
}
