using System.CommandLine;

namespace KapImmersive.Cli;

/// <summary>One `kap` command: its words ("preset validate"), what it does, and its options and action.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Summary { get; }

    /// <summary>Adds the command's options and arguments to <paramref name="command"/> and sets its action, which writes to <paramref name="console"/>.</summary>
    void Define(Command command, CliConsole console);
}
