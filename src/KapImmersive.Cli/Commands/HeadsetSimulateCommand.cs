using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Hosting;
using KapImmersive.Messaging.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap headset simulate --id H`: a headless headset on the link, running Core's session and a scripted patient who
/// answers check-ins and may press help, until Ctrl+C. Stands in for the headset app.
/// </summary>
internal sealed class HeadsetSimulateCommand : ICliCommand
{
    public string Name => "headset simulate";

    public string Usage => $"--id HEADSET {BrokerSettings.Usage} [--presets FOLDER] [--preset ID] [--answer-after S] [--answer okay|notOkay] [--miss-every N] [--help-every S]";

    public string Summary => "runs a simulated headset (Kap:Headset settings; --id is also its broker user) that answers check-ins by a script";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        var script = ReadScript(args, out var error);
        if (args.Option("id") is not { } id || !Topics.IsValidId(id) || script is null)
        {
            await console.Error.WriteLineAsync($"kap headset simulate: {error ?? "--id HEADSET (lowercase letters, digits, '-' or '_') is required"}");
            return ExitCodes.Usage;
        }

        var presets = await LoadPresetsAsync(console.Resolve(args.Option("presets") ?? "environments"), cancellationToken);
        var presetId = args.Option("preset") ?? presets.Ids.Order(StringComparer.Ordinal).FirstOrDefault();
        if (presetId is null || !presets.TryGet(presetId, out var preset))
        {
            await console.Error.WriteLineAsync($"kap headset simulate: no preset '{presetId}'; use --presets FOLDER and --preset ID");
            return ExitCodes.Usage;
        }

        var builder = BrokerSettings.Builder(args, console, new Dictionary<string, string?>
        {
            ["Kap:Headset:HeadsetId"] = id,
            ["Kap:Headset:Link:UserName"] = id,
            ["Kap:Headset:Software"] = "kap-headset-simulate",
            ["Kap:Headset:OutboxFolder"] = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "kap", "outbox", id),
        });
        builder.AddHeadsetLink();
        using var host = await BrokerSettings.BuildAsync(builder, console, Name, cancellationToken);
        if (host is null)
        {
            return ExitCodes.Failed;
        }

        // The host owns the link and disposes it (a headset says goodbye then).
        var link = host.Services.GetRequiredService<HeadsetLink>();
        var clock = new SessionClock(DateTimeOffset.UtcNow);
        var headset = new SimulatedHeadset(link, presets, preset, script, clock, TimeProvider.System, TimeSpan.FromMilliseconds(20));
        await link.StartAsync(cancellationToken);
        await console.Out.WriteLineAsync($"kap headset simulate: headset '{id}' with preset '{presetId}'; Ctrl+C stops");
        await ReportConnectionAsync(link, console, cancellationToken);
        try
        {
            await headset.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: the link says goodbye as it is disposed.
        }

        return ExitCodes.Ok;
    }

    /// <summary>The session runs whether or not the link is up; say so when it does not come up soon, and why if the broker refused.</summary>
    private static async Task ReportConnectionAsync(HeadsetLink link, CliConsole console, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await link.WaitConnectedAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var why = link.LastRefusal is { } refusal ? $"the broker refuses it: {refusal}" : "the broker cannot be reached";
            await console.Error.WriteLineAsync($"kap headset simulate: not connected yet ({why}); the session runs and the link keeps trying");
        }
    }

    private static PatientScript? ReadScript(CliArguments args, out string? error)
    {
        if (!args.TryNumber("answer-after", out error, out var after) || !args.TryNumber("miss-every", out error, out var miss)
            || !args.TryNumber("help-every", out error, out var help))
        {
            return null;
        }

        var answer = CheckInAnswer.Okay;
        if (args.Option("answer") is { } text && !ProtocolNames.TryParseAnswer(text, out answer))
        {
            error = $"--answer: '{text}' is okay or notOkay";
            return null;
        }

        return new PatientScript { AnswerAfterSeconds = after ?? 2, Answer = answer, MissEvery = (int)(miss ?? 0), HelpEverySeconds = help ?? 0 };
    }

    private static async Task<PresetCatalog> LoadPresetsAsync(string folder, CancellationToken cancellationToken)
    {
        var (files, _) = PresetFiles.Find([folder]);
        var presets = new List<EnvironmentPreset>();
        foreach (var file in files)
        {
            if (await PresetFiles.ParseAsync(file, cancellationToken) is { IsValid: true } parsed)
            {
                presets.Add(parsed.Preset);
            }
        }

        return new PresetCatalog(presets);
    }
}
