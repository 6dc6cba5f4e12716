using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace KapImmersive.Cli;

/// <summary>
/// `kap`'s command tree (System.CommandLine), built from the commands, and how one line of words runs: help, tab
/// completion (the [suggest] directive), a command, or the misuse report (one plain line, the usage, exit 2).
/// </summary>
internal sealed class KapCommandLine(IReadOnlyList<ICliCommand> commands)
{
    public const string Description = "KapImmersive's tool for therapists, clinicians and developers";

    /// <summary>Words that only gather commands, and what each gathers.</summary>
    private static readonly Dictionary<string, string> Groups = new(StringComparer.Ordinal)
    {
        ["preset"] = "checks presets and shows the scene a preset gives",
        ["audio"] = "the sound of a session, offline",
        ["headset"] = "the headset app, simulated",
        ["completion"] = "tab completion of kap's commands and options in a shell",
    };

    public async Task<int> RunAsync(string[] words, CliConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parse = Build(console).Parse(words is ["help"] ? ["--help"] : words);
        if (parse.Action is ParseErrorAction)
        {
            return await Misuse.ReportAsync(parse, console);
        }

        // Ctrl+C and SIGTERM are Program's: a headset brings its patient back gently, which takes longer than the parser would wait.
        var invocation = new InvocationConfiguration
        {
            Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null,
        };
        var code = await parse.InvokeAsync(invocation, cancellationToken);
        if (code == ExitCodes.Usage)
        {
            await console.Error.WriteLineAsync(Misuse.UsageLine(parse.CommandResult));
        }

        return code;
    }

    public RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(Description) { HelpName = "kap" };

        // "--help" and "-h" only: the Windows spellings (/h, /?, -?) would crowd every completion list.
        foreach (var help in root.Options.OfType<HelpOption>().ToList())
        {
            root.Options.Remove(help);
        }

        root.Options.Add(new HelpOption("--help", "-h"));
        // In order of their words, so help lists them alphabetically and "broker" exists before "broker make-certificate" joins it.
        foreach (var definition in commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var words = definition.Name.Split(' ');
            var command = new Command(words[^1], definition.Summary);
            definition.Define(command, console);
            ParentOf(root, words[..^1]).Subcommands.Add(command);
        }

        return root;
    }

    private static Command ParentOf(Command root, IEnumerable<string> words)
    {
        var parent = root;
        foreach (var word in words)
        {
            var next = parent.Subcommands.FirstOrDefault(c => c.Name == word);
            if (next is null)
            {
                next = new Command(word, Groups.GetValueOrDefault(word, ""));
                parent.Subcommands.Add(next);
            }

            parent = next;
        }

        return parent;
    }
}
