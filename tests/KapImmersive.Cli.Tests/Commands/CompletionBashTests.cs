using System.Diagnostics;
using KapImmersive.Cli.Tests.Support;
using KapImmersive.Testing;

namespace KapImmersive.Cli.Tests.Commands;

/// <summary>`kap completion bash` gives a script with which bash itself completes kap's commands, options and their choices.</summary>
public sealed class CompletionBashTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("kap-cli-completion-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Theory]
    [InlineData("./kap head", "headset")]
    [InlineData("./kap headset simulate --pa", "--password")]
    [InlineData("kap console send --to room-1 set", "setCheckInInterval", "setDarkness", "setPhase", "setVolume")]
    [InlineData("./kap render environments/dusk-meadow.json --eye b", "both")]
    public async Task Bash_completes_what_kap_offers_for_the_word_under_the_cursor(string line, params string[] expected)
    {
        var (code, script, error) = await KapRunner.RunAsync(RepositoryRoot.Path, "completion", "bash");
        Assert.True(code == 0, error);
        var scriptPath = Path.Combine(_scratch, "kap-completion.bash");
        await File.WriteAllTextAsync(scriptPath, script);

        // What bash sets before it calls a completion function, for the cursor at the end of the line.
        var words = line.Split(' ');
        var bash = $"""
            source '{scriptPath}'
            COMP_LINE='{line}'; COMP_POINT=${"{#COMP_LINE}"}
            COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}
            _kap_complete
            printf '%s\n' "${"{COMPREPLY[@]}"}"
            """;
        var offered = await RunBashAsync(bash);

        Assert.Equal(expected, offered.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_script_registers_the_function_for_kap_and_dot_slash_kap()
    {
        var (_, script, _) = await KapRunner.RunAsync(RepositoryRoot.Path, "completion", "bash");
        var scriptPath = Path.Combine(_scratch, "kap-completion.bash");
        await File.WriteAllTextAsync(scriptPath, script);

        var registered = await RunBashAsync($"source '{scriptPath}'; complete -p kap ./kap");

        Assert.Equal("complete -o default -F _kap_complete kap\ncomplete -o default -F _kap_complete ./kap\n", registered);
    }

    private static async Task<string> RunBashAsync(string script)
    {
        var start = new ProcessStartInfo("bash", ["--norc", "--noprofile", "-c", script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot.Path,
        };
        using var bash = Process.Start(start)!;
        var output = bash.StandardOutput.ReadToEndAsync();
        var error = bash.StandardError.ReadToEndAsync();
        await bash.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token);
        Assert.True(bash.ExitCode == 0, await error);
        return await output;
    }
}
