using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Cli.Commands;

/// <summary>
/// `kap headset simulate --id H`: the headset app itself, headless (offscreen EGL, silent audio), with a scripted
/// patient who answers check-ins (by gaze dwell) and may press help, until Ctrl+C. Its settings are the headset app's
/// (Kap:Headset, Kap:App, Rendering) from --config FILE and the environment; the options below override them.
/// </summary>
internal sealed class HeadsetSimulateCommand : ICliCommand
{
    public string Name => "headset simulate";

    public string Usage => $"--id HEADSET {BrokerSettings.Usage} [--presets FOLDER] [--preset ID] [--script FILE | --answer okay|notOkay --answer-after S --miss-every N --help-every S] [--fps N] [--eye-size PIXELS] [--preview]";

    public string Summary => "runs the headset app headless with a scripted patient (--id is also its broker user)";

    public async Task<int> RunAsync(CliArguments args, CliConsole console, CancellationToken cancellationToken)
    {
        if (args.Option("id") is not { } id || !Topics.IsValidId(id))
        {
            await console.Error.WriteLineAsync("kap headset simulate: --id HEADSET (lowercase letters, digits, '-' or '_') is required");
            return ExitCodes.Usage;
        }

        if (!args.TryNumber("fps", out var error, out var fps) || !args.TryNumber("eye-size", out error, out var eyeSize))
        {
            await console.Error.WriteLineAsync($"kap headset simulate: {error}");
            return ExitCodes.Usage;
        }

        var script = args.Option("script") is { } file ? console.Resolve(file) : await WriteScriptAsync(args, console, id, cancellationToken);
        if (script is null)
        {
            return ExitCodes.Usage;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production, DisableDefaults = false, Args = [] });
        if (args.Option("config") is { } config)
        {
            builder.Configuration.AddJsonFile(console.Resolve(config), optional: false);
        }

        builder.Configuration.AddEnvironmentVariables().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kap:Headset:HeadsetId"] = id,
            ["Kap:Headset:Link:UserName"] = id,
            ["Kap:Headset:Software"] = "kap-headset-simulate",
            ["Kap:App:PresetFolder"] = console.Resolve(args.Option("presets") ?? "environments"),
            ["Kap:App:StartPreset"] = args.Option("preset") ?? "",
            ["Kap:App:Display"] = "Headless",
            ["Kap:App:AudioSink"] = "Null",
            ["Kap:App:FrameRate"] = (fps ?? 30).ToString(CultureInfo.InvariantCulture),
            ["Kap:App:PatientScript"] = script,
            ["Kap:App:PreviewEnabled"] = args.Has("preview") ? "true" : "false",
            ["Rendering:EyeWidth"] = (eyeSize ?? 256).ToString(CultureInfo.InvariantCulture),
            ["Rendering:EyeHeight"] = (eyeSize ?? 256).ToString(CultureInfo.InvariantCulture),
        });
        builder.AddHeadsetApp();
        using var host = builder.Build();
        if (!StartupCheck.Passes(host, console.Error, $"kap {Name}"))
        {
            return ExitCodes.Failed;
        }

        await console.Out.WriteLineAsync($"kap headset simulate: headset '{id}' running headless; Ctrl+C brings the patient back gently and stops");
        await host.RunAsync(cancellationToken);
        return ExitCodes.Ok;
    }

    /// <summary>The patient the simple options describe, written as a patient script (the format --script takes).</summary>
    private static async Task<string?> WriteScriptAsync(CliArguments args, CliConsole console, string id, CancellationToken cancellationToken)
    {
        if (!args.TryNumber("answer-after", out var error, out var after) || !args.TryNumber("miss-every", out error, out var miss)
            || !args.TryNumber("help-every", out error, out var help))
        {
            await console.Error.WriteLineAsync($"kap headset simulate: {error}");
            return null;
        }

        var answer = args.Option("answer") ?? "okay";
        if (!ProtocolNames.TryParse<CheckInAnswer>(answer, out _))
        {
            await console.Error.WriteLineAsync($"kap headset simulate: --answer: '{answer}' is okay or notOkay");
            return null;
        }

        var json = JsonSerializer.Serialize(new
        {
            answerCheckIns = new { with = answer, afterSeconds = after ?? 3, by = "gaze", missEvery = (int)(miss ?? 0) },
            helpEverySeconds = help ?? 0,
        });
        var path = Path.Combine(Path.GetTempPath(), $"kap-patient-{id}-{Environment.ProcessId}.json");
        await File.WriteAllTextAsync(path, json, cancellationToken);
        return path;
    }
}
