using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli;

/// <summary>
/// The session a preview command plays: the preset (first positional argument) in the dosing phase from second 0,
/// with --darkness X, --breathing PATTERN and --script FILE (a JSON timeline of commands) applied. Shared by every
/// command that shows or plays a preset, so they all mean the same session by the same options.
/// </summary>
internal static class SessionScenario
{
    public const string Usage = "[--darkness X] [--breathing PATTERN] [--script FILE]";

    public static async Task<(ScriptedSession? Session, int ExitCode)> BuildAsync(CliArguments args, CliConsole console, string command,
        CancellationToken cancellationToken)
    {
        if (args.Positional.Count != 1)
        {
            await console.Error.WriteLineAsync($"kap {command}: name one preset file");
            return (null, ExitCodes.Usage);
        }

        var file = console.Resolve(args.Positional[0]);
        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync($"kap {command}: '{args.Positional[0]}' is not a file");
            return (null, ExitCodes.Usage);
        }

        var result = await PresetFiles.ParseAsync(file, cancellationToken);
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                await console.Error.WriteLineAsync(problem.InFile(args.Positional[0]));
            }

            return (null, ExitCodes.Failed);
        }

        if (!args.TryNumber("darkness", out var error, out var darkness))
        {
            await console.Error.WriteLineAsync($"kap {command}: {error}");
            return (null, ExitCodes.Usage);
        }

        var timeline = new List<TimedCommand> { new(0, new SetPhase("scenario-phase", "scenario", SessionPhase.Dosing)) };
        if (darkness is { } level)
        {
            timeline.Add(new TimedCommand(0, new SetDarkness("scenario-darkness", "scenario", level)));
        }

        if (args.Option("breathing") is { } pattern)
        {
            timeline.Add(new TimedCommand(0, new StartBreathing("scenario-breathing", "scenario", pattern)));
        }

        if (args.Option("script") is { } scriptPath)
        {
            var (commands, errors) = SessionScript.Parse(await File.ReadAllTextAsync(console.Resolve(scriptPath), cancellationToken));
            foreach (var scriptError in errors)
            {
                await console.Error.WriteLineAsync($"{scriptPath}: {scriptError}");
            }

            if (!errors.IsEmpty)
            {
                return (null, ExitCodes.Failed);
            }

            timeline.AddRange(commands);
        }

        var catalog = await CatalogBesideAsync(file, result.Preset, cancellationToken);
        var session = new ScriptedSession(result.Preset, catalog, timeline);
        if (await ReportRejectionsAsync(session, console, command))
        {
            return (null, ExitCodes.Usage);
        }

        return (session, ExitCodes.Ok);
    }

    /// <summary>Every valid preset in the same folder, so a script can switch between them.</summary>
    private static async Task<PresetCatalog> CatalogBesideAsync(string file, EnvironmentPreset preset, CancellationToken cancellationToken)
    {
        var presets = new Dictionary<string, EnvironmentPreset>(StringComparer.Ordinal) { [preset.Id] = preset };
        var (files, _) = PresetFiles.Find([Path.GetDirectoryName(file)!]);
        foreach (var other in files)
        {
            if ((await PresetFiles.ParseAsync(other, cancellationToken)) is { IsValid: true } parsed)
            {
                presets.TryAdd(parsed.Preset.Id, parsed.Preset);
            }
        }

        return new PresetCatalog(presets.Values);
    }

    /// <summary>A --darkness or --breathing the session refuses (e.g. a bad pattern) is a usage error, not a silent default.</summary>
    private static async Task<bool> ReportRejectionsAsync(ScriptedSession session, CliConsole console, string command)
    {
        session.AdvanceTo(0);
        var rejected = session.Events.OfType<CommandAcknowledged>()
            .Where(a => a.Outcome == CommandOutcome.Rejected && a.CommandId.StartsWith("scenario-", StringComparison.Ordinal))
            .ToList();
        foreach (var ack in rejected)
        {
            await console.Error.WriteLineAsync($"kap {command}: --{ack.CommandId["scenario-".Length..]}: {ack.Reason}");
        }

        return rejected.Count > 0;
    }
}
