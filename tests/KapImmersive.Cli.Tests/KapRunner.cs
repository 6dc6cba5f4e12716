using KapImmersive.Cli;
using KapImmersive.Cli.Commands;

namespace KapImmersive.Cli.Tests;

/// <summary>Runs `kap` in-process with the real commands, capturing what it prints.</summary>
internal static class KapRunner
{
    public static async Task<(int Code, string Out, string Error)> RunAsync(string workingDirectory, params string[] words)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new KapCommandLine(Program.Commands).RunAsync(words, new CliConsole(output, error, workingDirectory), CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
