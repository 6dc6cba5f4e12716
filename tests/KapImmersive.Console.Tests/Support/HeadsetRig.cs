using KapImmersive.Core.Patient;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Console.Tests.Support;

/// <summary>
/// A simulated patient's headset on a real link: the headset runtime itself with no display and a scripted patient,
/// its frames paced in real time, running until disposed.
/// </summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    public const double FramesPerSecond = 50;

    private readonly string _outboxFolder;
    private long _presses;
    private bool _disposed;

    private HeadsetRig(HeadsetLink link, HeadsetRuntime runtime, HeadsetSession session, string outboxFolder)
    {
        Link = link;
        Runtime = runtime;
        Session = session;
        _outboxFolder = outboxFolder;
    }

    public HeadsetLink Link { get; }

    public HeadsetRuntime Runtime { get; }

    public HeadsetSession Session { get; }

    /// <summary>Help presses posted so far; each becomes one event at the next frame.</summary>
    public long Presses => Interlocked.Read(ref _presses);

    /// <summary>Starts the headset; <paramref name="patientTime"/> lets a test move the session's clock while the frames keep real time.</summary>
    public static async Task<HeadsetRig> StartAsync(int brokerPort, string headsetId, string password, string outboxFolder, PatientScript script,
        TimeProvider? patientTime = null)
    {
        var time = patientTime ?? TimeProvider.System;
        var clock = new SessionClock(time.GetUtcNow());
        var link = new LinkOptions { Port = brokerPort, UserName = headsetId, Password = password };
        var options = new HeadsetLinkOptions { HeadsetId = headsetId, Link = link, OutboxFolder = outboxFolder, Software = "kap-test" };
        var headsetLink = new HeadsetLink(options, clock, TimeProvider.System);
        var parts = new HeadsetSessionParts
        {
            Link = new LinkSession(headsetLink), Presets = TestPresets.Catalog, StartPreset = TestPresets.First, Clock = clock, Time = time, Script = script,
        };
        var runtime = new HeadsetRuntime(parts, () => new NullDisplay(TimeProvider.System, FramesPerSecond));
        await headsetLink.StartAsync(CancellationToken.None);
        runtime.Start();
        var rig = new HeadsetRig(headsetLink, runtime, await runtime.Started, outboxFolder);
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await headsetLink.WaitConnectedAsync(wait.Token);
        return rig;
    }

    /// <summary>A patient who answers every check-in okay with a button, after <paramref name="seconds"/>.</summary>
    public static PatientScript Answering(double seconds) =>
        new() { AnswerWith = PatientChoice.Okay, AnswerAfterSeconds = seconds, AnswerBy = "button" };

    /// <summary>The patient presses help; it takes effect at the next frame.</summary>
    public void PressHelp(string source = "button") =>
        Session.Post(new RequestHelp($"patient-press-{Interlocked.Increment(ref _presses)}", SessionReducer.PatientIssuer, source));

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Runtime.DisposeAsync();
        await Link.DisposeAsync();
        if (Directory.Exists(_outboxFolder))
        {
            Directory.Delete(_outboxFolder, recursive: true);
        }
    }
}
