using KapImmersive.Audio.Output;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Patient;
using KapImmersive.Headset.Records;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KapImmersive.Headset.Hosting;

/// <summary>
/// The headset app's one long-running job: connects the link, runs the session on a thread of its own (GL contexts
/// belong to a thread), and when the host stops lets the patient come back gently before it disconnects.
/// </summary>
public sealed partial class HeadsetService(IOptions<HeadsetAppOptions> app, IOptions<RenderingOptions> rendering, HeadsetLink link,
    AudioOutputs audio, TimeProvider time, ILogger<HeadsetService> logger, IHostApplicationLifetime lifetime) : BackgroundService
{
    internal HeadsetRun? Run { get; private set; }

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
        var clock = new SessionClock(time.GetUtcNow());
        var log = new JsonLinesSessionLog(Path.Combine(options.SessionLogFolder, $"{link.HeadsetId}-{clock.Epoch:yyyyMMdd-HHmmss}.jsonl"), clock);
        Run = new HeadsetRun(options, rendering.Value, new LinkSession(link), audio, catalog, start, patient, log, clock, time, logger);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                Run.Run(stoppingToken);
                done.SetResult();
            }
#pragma warning disable CA1031 // Whatever ends the session thread is reported to the host, which stops with it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetException(ex);
            }
        })
        { Name = "frame loop", IsBackground = true };
        thread.Start();
        try
        {
            await done.Task;

            // A session can end without the host asking (its window closed, the XR runtime stopped it): the app ends with it.
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

    [LoggerMessage(Level = LogLevel.Critical, Message = "the session stopped: {Reason}")]
    private static partial void LogSessionStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "preset not loaded: {Problem}")]
    private static partial void LogPresetProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Critical, Message = "no valid preset '{Preset}' in {Folder}: the headset has nothing calm to show")]
    private static partial void LogNoPreset(ILogger logger, string folder, string preset);
}
