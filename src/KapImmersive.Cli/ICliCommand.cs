namespace KapImmersive.Cli;

/// <summary>One `kap` command: its words ("preset validate"), how to call it, and what it does.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>More for `kap COMMAND --help` (a list of what it accepts); empty for most commands.</summary>
    string Details => "";

    Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken);
}
