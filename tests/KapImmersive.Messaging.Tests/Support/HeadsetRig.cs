using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>
/// A simulated patient's headset on a real link: the headset runtime itself with no display, a scripted patient and
/// frames at <see cref="FramesPerSecond"/>, running until disposed.
/// </summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    public const double FramesPerSecond = 100;

    private long _presses;

    private HeadsetRig(HeadsetLink link, HeadsetRuntime runtime, HeadsetSession session)
    {
        Link = link;
        Runtime = runtime;
        Session = session;
    }

    public HeadsetLink Link { get; }

    public HeadsetRuntime Runtime { get; }

    public HeadsetSession Session { get; }

    /// <summary>The session as the frame loop left it after its last frame.</summary>
    public SessionState State => Session.Loop.State;

    /// <param name="script">The patient; by default one who answers every check-in okay with a button press at once.</param>
    public static async Task<HeadsetRig> StartAsync(LinkOptions link, string headsetId, string outboxFolder, PatientScript? script = null, bool waitConnected = true)
    {
        var clock = new SessionClock(DateTimeOffset.UtcNow);
        var options = new HeadsetLinkOptions { HeadsetId = headsetId, Link = link, OutboxFolder = outboxFolder, Software = "kap-test" };
        var headsetLink = new HeadsetLink(options, clock, TimeProvider.System);
        var parts = new HeadsetSessionParts
        {
            Link = new LinkSession(headsetLink), Presets = TestPresets.Catalog, StartPreset = TestPresets.First, Clock = clock,
            Script = script ?? new PatientScript { AnswerWith = Core.Patient.PatientChoice.Okay, AnswerAfterSeconds = 0.05, AnswerBy = "button" },
        };
        var runtime = new HeadsetRuntime(parts, () => new NullDisplay(TimeProvider.System, FramesPerSecond));
        await headsetLink.StartAsync(CancellationToken.None);
        runtime.Start();
        var rig = new HeadsetRig(headsetLink, runtime, await runtime.Started);
        if (waitConnected)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await headsetLink.WaitConnectedAsync(wait.Token);
        }

        return rig;
    }

    /// <summary>The patient presses help (a controller, a key, a dwell on the real headset); it takes effect at the next frame.</summary>
    public void PressHelp(string source = "button") =>
        Session.Post(new RequestHelp($"patient-press-{Interlocked.Increment(ref _presses)}", SessionReducer.PatientIssuer, source));

    /// <summary>Stops the frame loop (no more events) and leaves the link running to deliver what is left.</summary>
    public async Task StopPatientAsync() => await Runtime.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await StopPatientAsync();
        await Link.DisposeAsync();
    }
}
