namespace KapImmersive.Cli;

/// <summary>One `kap` command: its words ("preset validate"), how to call it, and what it does.</summary>
internal interface ICliCommand
{
    string Name { get; }

    string Usage { get; }

    string Summary { get; }

    Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken);
}
