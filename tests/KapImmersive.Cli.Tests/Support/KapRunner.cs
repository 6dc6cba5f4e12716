using KapImmersive.Cli;

namespace KapImmersive.Cli.Tests.Support;

/// <summary>Runs `kap` in-process with the real commands (or a chosen list), capturing what it prints.</summary>
internal static class KapRunner
{
    public static Task<(int Code, string Out, string Error)> RunAsync(string workingDirectory, params string[] words) =>
        RunAsync(Program.Commands, workingDirectory, words, CancellationToken.None);

    public static async Task<(int Code, string Out, string Error)> RunAsync(IReadOnlyList<ICliCommand> commands, string workingDirectory, string[] words,
        CancellationToken cancellationToken)
    {
        using var output = new SharedText();
        using var error = new SharedText();
        var code = await StartAsync(commands, workingDirectory, words, output, error, cancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs it with writers the test reads while it runs (a long-running command such as `kap headset simulate`).</summary>
    public static Task<int> StartAsync(IReadOnlyList<ICliCommand> commands, string workingDirectory, string[] words, SharedText output, SharedText error,
        CancellationToken cancellationToken) =>
        Task.Run(() => new KapCommandLine(commands).RunAsync(words, new CliConsole(output, error, workingDirectory), cancellationToken), CancellationToken.None);
}
