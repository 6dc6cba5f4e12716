using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Records;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Runtime.Sound;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>
/// The headset app's one long-running job: connects the link, runs the session in the headset runtime on a thread of
/// its own with the display and sound the settings name, and when the host stops lets the patient come back gently
/// before it disconnects. A session that ends by itself (its window closed, the XR runtime stopped it) ends the app.
/// </summary>
public sealed partial class HeadsetService(IOptions<HeadsetAppOptions> app, IOptions<HeadsetRuntimeOptions> runtime, IOptions<RenderingOptions> rendering,
    HeadsetLink link, SessionClock clock, AudioOutputs audio, TimeProvider time, ILogger<HeadsetService> logger, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    private volatile bool _stopWithoutReturn;

    /// <summary>The running session, once started: for tests that look inside the app.</summary>
    internal HeadsetRuntime? Runtime { get; private set; }

    /// <summary>
    /// Makes the coming stop immediate, without the gentle return: only where no patient wears the headset (a simulated
    /// headset the broker refused, a test being torn down). Any thread, before the host is stopped.
    /// </summary>
    public void StopWithoutReturn() => _stopWithoutReturn = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var options = app.Value;
        var (catalog, problems) = PresetFolder.Load(options.PresetFolder);
        foreach (var problem in problems)
        {
            LogPresetProblem(logger, problem);
        }

        var startId = options.StartPreset.Length > 0 ? options.StartPreset : catalog.Ids.Order(StringComparer.Ordinal).FirstOrDefault();
        if (startId is null || !catalog.TryGet(startId, out var start))
        {
            LogNoPreset(logger, options.PresetFolder, startId ?? "(none)");
            Environment.ExitCode = 2;
            lifetime.StopApplication();
            return;
        }

        var patient = options.PatientScript is { } script ? PatientScript.Parse(await File.ReadAllTextAsync(script, stoppingToken)) : PatientScript.Idle;
        await link.StartAsync(stoppingToken);
        var log = new JsonLinesSessionLog(Path.Combine(options.SessionLogFolder, $"{link.HeadsetId}-{clock.Epoch:yyyyMMdd-HHmmss}.jsonl"), clock);
        var parts = new HeadsetSessionParts
        {
            Link = new LinkSession(link), Presets = catalog, StartPreset = start, Clock = clock, Time = time, Log = log, Script = patient,
            Options = runtime.Value,
        };
        await using var session = Runtime = new HeadsetRuntime(parts,
            () => HeadsetDisplays.Open(options, runtime.Value, rendering.Value, time, logger), first => OpenSound(first, catalog));
        try
        {
            Runtime.Start(stoppingToken);
            var started = await Runtime.Started;
            using var halt = stoppingToken.Register(() =>
            {
                if (_stopWithoutReturn)
                {
                    started.Halt();
                }
            });
            LogStarted(logger, started.Display.Description);
            await Runtime.Ended;
            lifetime.StopApplication();
        }
#pragma warning disable CA1031 // Whatever stopped the session is said in one plain line (no stack trace) and ends the app non-zero.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogSessionStopped(logger, ex.Message);
            Environment.ExitCode = Environment.ExitCode == 0 ? 3 : Environment.ExitCode;
            lifetime.StopApplication();
        }
        finally
        {
            await link.DrainAsync(TimeSpan.FromSeconds(3), CancellationToken.None);
            await log.DisposeAsync();
            await link.DisposeAsync();
        }
    }

    private IHeadsetSound? OpenSound(SceneFrame first, PresetCatalog catalog)
    {
        if (app.Value.AudioSink == AudioSinkKind.Null)
        {
            return null;
        }

        var music = new PresetMusicFactory(app.Value.PresetFolder);
        music.CalibrateAll(catalog);
        if (app.Value.AudioSink == AudioSinkKind.Wav)
        {
            return new FrameLockedSound(first, music, new WavFileSink(app.Value.AudioFile));
        }

        var sink = audio.Open(out var message);
        if (message is not null)
        {
            LogNoSound(logger, message);
        }

        return new LiveSound(first, music, sink, audio.Options);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "headset running: {Display}")]
    private static partial void LogStarted(ILogger logger, string display);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogNoSound(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Critical, Message = "the session stopped: {Reason}")]
    private static partial void LogSessionStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "preset not loaded: {Problem}")]
    private static partial void LogPresetProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "no valid preset '{Preset}' in {Folder}: the headset has nothing calm to show")]
    private static partial void LogNoPreset(ILogger logger, string folder, string preset);
}
