using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Simulation;

namespace KapImmersive.Messaging.Tests.Support;

/// <summary>A simulated headset on a real link, running until disposed.</summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;

    private HeadsetRig(HeadsetLink link, SimulatedHeadset headset)
    {
        Link = link;
        Headset = headset;
    }

    public HeadsetLink Link { get; }

    public SimulatedHeadset Headset { get; }

    public static async Task<HeadsetRig> StartAsync(LinkOptions link, string headsetId, string outboxFolder, PatientScript? script = null, bool waitConnected = true)
    {
        var clock = new SessionClock(DateTimeOffset.UtcNow);
        var options = new HeadsetLinkOptions { HeadsetId = headsetId, Link = link, OutboxFolder = outboxFolder, Software = "kap-test" };
        var headsetLink = new HeadsetLink(options, clock, TimeProvider.System);
        var headset = new SimulatedHeadset(headsetLink, TestPresets.Catalog, TestPresets.First, script ?? new PatientScript { AnswerAfterSeconds = 0.05 },
            clock, TimeProvider.System, TimeSpan.FromMilliseconds(20));
        var rig = new HeadsetRig(headsetLink, headset);
        await headsetLink.StartAsync(CancellationToken.None);
        rig._running = Task.Run(() => headset.RunAsync(rig._stop.Token));
        if (waitConnected)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await headsetLink.WaitConnectedAsync(wait.Token);
        }

        return rig;
    }

    /// <summary>Stops the frame loop (no more events) and leaves the link running to deliver what is left.</summary>
    public async Task StopPatientAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    public async ValueTask DisposeAsync()
    {
        await StopPatientAsync();
        await Link.DisposeAsync();
        _stop.Dispose();
    }
}
