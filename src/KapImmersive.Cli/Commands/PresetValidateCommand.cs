using System.CommandLine;
using KapImmersive.Core.Presets;

namespace KapImmersive.Cli.Commands;

/// <summary>`kap preset validate PATH...`: every problem as FILE:LINE:COLUMN: JSON-PATH: message.</summary>
internal sealed class PresetValidateCommand : ICliCommand
{
    public string Name => "preset validate";

    public string Summary => "checks presets; prints FILE:LINE:COLUMN: JSON-PATH: message for each problem; exit 1 if any";

    public void Define(Command command, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(command);
        var paths = new Argument<string[]>("PATH") { Description = "preset files or folders of them", Arity = ArgumentArity.OneOrMore };
        command.Arguments.Add(paths);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(paths), console, cancellationToken));
    }

    private static async Task<int> RunAsync(string[] paths, CliConsole console, CancellationToken cancellationToken)
    {
        var (files, missing) = PresetFiles.Find(paths.Select(console.Resolve));
        if (missing is not null)
        {
            await console.Error.WriteLineAsync($"kap preset validate: '{missing}' is neither a file nor a folder");
            return ExitCodes.Usage;
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var invalid = 0;
        foreach (var file in files)
        {
            var shown = Path.GetRelativePath(console.WorkingDirectory, file);
            var result = await PresetFiles.ParseAsync(file, cancellationToken);
            foreach (var problem in result.Problems)
            {
                await console.Out.WriteLineAsync(problem.InFile(shown));
            }

            if (result.IsValid && ids.TryGetValue(result.Preset.Id, out var other))
            {
                await console.Out.WriteLineAsync(new PresetProblem("$.id", 1, 1, $"'{result.Preset.Id}' is also the id of {PresetText.OneLine(other)}; ids must be unique").InFile(shown));
                invalid++;
            }
            else if (result.IsValid)
            {
                ids[result.Preset.Id] = shown;
                await console.Out.WriteLineAsync(PresetText.OneLine($"{shown}: ok ({result.Preset.Name})"));
            }
            else
            {
                invalid++;
            }
        }

        await console.Out.WriteLineAsync($"{files.Count} preset(s) checked: {files.Count - invalid} valid, {invalid} with problems");
        return files.Count == 0 ? ExitCodes.Usage : invalid == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
