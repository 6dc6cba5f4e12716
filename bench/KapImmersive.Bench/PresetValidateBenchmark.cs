using System.Diagnostics;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Tests.Presets.Mutants;

namespace KapImmersive.Bench;

/// <summary>
/// `kap preset validate` on a folder of 1,000 mutated presets (the Core tests' generator, fixed seed), as a process:
/// how long the whole folder takes and that it ends with its summary, not a crash; and the parser alone per file.
/// </summary>
internal sealed class PresetValidateBenchmark : IBenchmark
{
    private const int Count = 1000;
    private const int Seed = 1230;

    public string Name => "presets";

    public string Summary => $"kap preset validate on {Count} generated mutants of the shipped presets (seconds, crashes), and PresetParser.Parse per file";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var root = Directory.GetParent(FindFolder("environments"))!.FullName;
        var folder = Directory.CreateTempSubdirectory("kap-bench-mutants-").FullName;
        try
        {
            var mutants = PresetMutants.Generate(Path.Combine(root, "environments"), Count, Seed).ToList();
            foreach (var mutant in mutants)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, mutant.Name), mutant.Text, cancellationToken);
            }

            await RunAsync(Path.Combine(root, "kap"), ["--help"], cancellationToken);
            var kap = Path.Combine(root, "src", "KapImmersive.Cli", "bin", "Release", "net10.0", "kap.dll");
            var clock = Stopwatch.StartNew();
            var (code, stdout, stderr) = await RunAsync("dotnet", [kap, "preset", "validate", folder], cancellationToken);
            clock.Stop();
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var crashes = stderr.Split("Unhandled exception", StringSplitOptions.None).Length - 1;
            await output.WriteLineAsync($"  dotnet kap.dll preset validate <{Count} mutants>: {clock.Elapsed.TotalSeconds:0.00} s, exit {code}, {crashes} crashes, {lines.Length} lines");
            await output.WriteLineAsync($"  last line: {lines.LastOrDefault()}");

            var texts = mutants.Select(m => m.Text).ToList();
            texts.ForEach(t => PresetParser.Parse(t));
            clock.Restart();
            var problems = texts.Sum(t => PresetParser.Parse(t).Problems.Length);
            clock.Stop();
            await output.WriteLineAsync($"  PresetParser.Parse in process: {clock.Elapsed.TotalMilliseconds * 1000 / Count:0} µs a file ({problems} problems in {Count} files)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Out, string Error)> RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindFolder(string name)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, name)))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new DirectoryNotFoundException($"no '{name}' folder above {Environment.CurrentDirectory}");
    }
}
