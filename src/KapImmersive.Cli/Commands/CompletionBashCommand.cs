using System.CommandLine;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap completion bash`: a bash completion function for `kap` and `./kap`. On Tab it asks this very build of kap,
/// through System.CommandLine's [suggest:POSITION] directive, what may come next (commands, options, their choices);
/// where kap offers nothing (a file name), bash completes file names as usual. No dotnet-suggest is needed.
/// </summary>
internal sealed class CompletionBashCommand : ICliCommand
{
    public string Name => "completion bash";

    public string Summary => "prints a bash completion script for kap: source it (see README) and Tab completes commands and options";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.SetAction(async (_, cancellationToken) =>
        {
            await console.Out.WriteAsync(Script(KapInvocation()).AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
    }

    /// <summary>
    /// The words that run this build directly: its own executable, or the dotnet host with kap.dll. Not ./kap, which
    /// builds first: a completion must answer at once.
    /// </summary>
    private static string KapInvocation()
    {
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? $"{Quote(host)} {Quote(Path.Combine(AppContext.BaseDirectory, "kap.dll"))}" : Quote(host);
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Script(string kap) => $$"""
        # bash completion for kap (KapImmersive), made by `kap completion bash`.
        _kap_complete()
        {
            local line="${COMP_LINE:0:COMP_POINT}"
            local words=""
            [[ "$line" == *[[:space:]]* ]] && words="${line#*[[:space:]]}"
            local IFS=$'\n'
            local offered
            offered=$({{kap}} "[suggest:${#words}]" "$words" 2>/dev/null) || return 0
            COMPREPLY=($(compgen -W "$offered" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _kap_complete kap ./kap

        """;
}
