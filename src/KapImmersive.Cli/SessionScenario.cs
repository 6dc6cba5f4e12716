using System.CommandLine;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Cli;

/// <summary>
/// The session a preview command plays: the PRESET file in the dosing phase from second 0, with --darkness X,
/// --breathing PATTERN and --script FILE (a JSON timeline of commands) applied. Shared by every command that shows or
/// plays a preset, so they all mean the same session by the same options.
/// </summary>
internal sealed class SessionScenario
{
    private readonly Argument<string> _preset = new("PRESET") { Description = "the preset file (environments/NAME.json)" };
    private readonly Option<double?> _darkness = KapOptions.Number("--darkness", "X", "eye-mask darkening from second 0: 0 clear to 1 fully dark");
    private readonly Option<string> _breathing = KapOptions.Text("--breathing", "PATTERN",
        "breathing guidance from second 0: coherent, box, 4-7-8, extended-exhale, or counts such as 4-2-6");

    private readonly Option<string> _script = KapOptions.Text("--script", "FILE",
        "a JSON timeline of commands: [{ \"at\": 10, \"type\": \"showMessage\", \"args\": { \"text\": \"...\" } }]");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Arguments.Add(_preset);
        command.Options.Add(_darkness);
        command.Options.Add(_breathing);
        command.Options.Add(_script);
    }

    /// <summary>The PRESET as given, relative to the working folder.</summary>
    public string PresetOf(ParseResult parse) => parse.GetRequiredValue(_preset);

    public async Task<(ScriptedSession? Session, int ExitCode)> BuildAsync(ParseResult parse, CliConsole console, string command,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(console);
        var given = PresetOf(parse);
        var file = console.Resolve(given);
        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync($"kap {command}: '{given}' is not a file");
            return (null, ExitCodes.Usage);
        }

        var result = await PresetFiles.ParseAsync(file, cancellationToken);
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                await console.Error.WriteLineAsync(problem.InFile(given));
            }

            return (null, ExitCodes.Failed);
        }

        var timeline = new List<TimedCommand> { new(0, new SetPhase("scenario-phase", "scenario", SessionPhase.Dosing)) };
        if (parse.GetValue(_darkness) is { } level)
        {
            timeline.Add(new TimedCommand(0, new SetDarkness("scenario-darkness", "scenario", level)));
        }

        if (parse.GetValue(_breathing) is { } pattern)
        {
            timeline.Add(new TimedCommand(0, new StartBreathing("scenario-breathing", "scenario", pattern)));
        }

        if (parse.GetValue(_script) is { } scriptPath)
        {
            if (!File.Exists(console.Resolve(scriptPath)))
            {
                await console.Error.WriteLineAsync($"kap {command}: --script: '{scriptPath}' is not a file");
                return (null, ExitCodes.Usage);
            }

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
