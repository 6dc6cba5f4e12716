using KapImmersive.Console.Accounts;
using KapImmersive.Console.Hosting;
using KapImmersive.Console.Live;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Messaging.Broker;
using LinkOptions = KapImmersive.Messaging.Connection.LinkOptions;
using KapImmersive.Messaging.Headsets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace KapImmersive.Console.Demo;

/// <summary>
/// `kap demo`: simulated patients on the embedded broker, each one the real headset runtime with no display (nothing is
/// drawn or played) and a scripted patient, plus a head-motion trace and a heart-rate sensor bridge; and the demo clinician.
/// </summary>
public sealed class DemoPatients(DemoAccounts accounts, ClinicOptions clinic, ClinicianAccounts clinicians, CommandDesk desk, IConfiguration configuration,
    TimeProvider time)
    : BackgroundService
{
    /// <summary>A simulated patient's frames a second: enough for prompt answers and dwell, light on a small machine.</summary>
    public const double FramesPerSecond = 30;

    private const string ScriptName = "demo-script";

    private static readonly string Script = CommandFactory.IssuerOf(ScriptName);

    private static readonly PatientScript[] Scripts =
    [
        new() { AnswerWith = PatientChoice.Okay, AnswerAfterSeconds = 2, AnswerBy = "gaze" },
        new() { AnswerWith = PatientChoice.NotOkay, AnswerAfterSeconds = 8, AnswerBy = "button", MissEvery = 3 },
        new() { AnswerWith = PatientChoice.Okay, AnswerAfterSeconds = 3, AnswerBy = "button", HelpEverySeconds = 240 },
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        clinicians.Add(accounts.ClinicianName, accounts.ClinicianPassword);
        var presets = await LoadPresetsAsync(Path.GetFullPath(clinic.PresetsFolder), stoppingToken);
        var first = presets.Ids.Order(StringComparer.Ordinal).Select(id => presets.TryGet(id, out var p) ? p : null).First()!;
        var port = configuration.GetValue("Kap:Broker:Port", 1883);
        var outboxes = Path.Combine(clinic.RecordFolder(), "demo-outboxes");
        var running = new List<Task>();
        var links = new List<HeadsetLink>();
        var headsets = new List<HeadsetRuntime>();
        try
        {
            for (var i = 0; i < accounts.Headsets.Count; i++)
            {
                var (name, password) = accounts.Headsets[i];
                var link = new LinkOptions { Port = port, UserName = name, Password = password };
                var clock = new SessionClock(time.GetUtcNow());
                var headsetLink = new HeadsetLink(new HeadsetLinkOptions
                {
                    HeadsetId = name, Link = link, OutboxFolder = Path.Combine(outboxes, name), Software = "kap-demo",
                }, clock, time);
                links.Add(headsetLink);
                await headsetLink.StartAsync(stoppingToken);
                var parts = new HeadsetSessionParts
                {
                    Link = new LinkSession(headsetLink), Presets = presets, StartPreset = first, Clock = clock, Time = time,
                    Script = Scripts[i % Scripts.Length], Options = new HeadsetRuntimeOptions { FrameRate = FramesPerSecond },
                };
                var headset = new HeadsetRuntime(parts, () => new NullDisplay(time, FramesPerSecond));
                headsets.Add(headset);
                headset.Start(stoppingToken);
                running.Add(headset.Ended);
                running.Add(new DemoSensors(link, name, i, time).RunAsync(stoppingToken));
            }

            running.Add(BeginSessionsAsync(links, stoppingToken));
            await Task.WhenAll(running);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the headsets stop with the console.
        }
        finally
        {
            foreach (var headset in headsets)
            {
                await headset.DisposeAsync();
            }

            foreach (var link in links)
            {
                await link.DisposeAsync();
            }
        }
    }

    /// <summary>Each demo session starts in dosing with a check-in every minute, sent as ordinary recorded commands.</summary>
    private async Task BeginSessionsAsync(List<HeadsetLink> links, CancellationToken stoppingToken)
    {
        foreach (var link in links)
        {
            await link.WaitConnectedAsync(stoppingToken);
            await desk.SendAsync(link.HeadsetId, new SetPhase(CommandFactory.NewId(), Script, SessionPhase.Dosing), ScriptName, stoppingToken);
            await desk.SendAsync(link.HeadsetId, new SetCheckInInterval(CommandFactory.NewId(), Script, 1), ScriptName, stoppingToken);
        }
    }

    private static async Task<PresetCatalog> LoadPresetsAsync(string folder, CancellationToken cancellationToken)
    {
        var presets = new List<EnvironmentPreset>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)))
        {
            if (await ReadAsync(file, cancellationToken) is { } text && PresetParser.Parse(text) is { IsValid: true } result)
            {
                presets.Add(result.Preset);
            }
        }

        return presets.Count > 0 ? new PresetCatalog(presets) : throw new InvalidOperationException($"the demo needs presets; none valid in {folder}");
    }

    /// <summary>A preset file's text; null for one that cannot be read, which the demo leaves out like an invalid one.</summary>
    private static async Task<string?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
