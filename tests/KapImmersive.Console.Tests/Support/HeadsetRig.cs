using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Simulation;

namespace KapImmersive.Console.Tests.Support;

/// <summary>A simulated headset (Messaging's simulation) on a real link, running until disposed.</summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _running = Task.CompletedTask;
    private bool _disposed;

    private readonly string _outboxFolder;

    private HeadsetRig(HeadsetLink link, SimulatedHeadset headset, string outboxFolder)
    {
        _outboxFolder = outboxFolder;
        Link = link;
        Headset = headset;
    }

    public HeadsetLink Link { get; }

    public SimulatedHeadset Headset { get; }

    /// <summary>Starts the headset; <paramref name="patientTime"/> lets a test move the session's clock (the link keeps real time).</summary>
    public static async Task<HeadsetRig> StartAsync(int brokerPort, string headsetId, string password, string outboxFolder, PatientScript script,
        TimeProvider? patientTime = null)
    {
        var time = patientTime ?? TimeProvider.System;
        var clock = new SessionClock(time.GetUtcNow());
        var link = new LinkOptions { Port = brokerPort, UserName = headsetId, Password = password };
        var options = new HeadsetLinkOptions { HeadsetId = headsetId, Link = link, OutboxFolder = outboxFolder, Software = "kap-test" };
        var headsetLink = new HeadsetLink(options, clock, TimeProvider.System);
        var headset = new SimulatedHeadset(headsetLink, TestPresets.Catalog, TestPresets.First, script, clock, time, TimeSpan.FromMilliseconds(20));
        var rig = new HeadsetRig(headsetLink, headset, outboxFolder);
        await headsetLink.StartAsync(CancellationToken.None);
        rig._running = Task.Run(() => headset.RunAsync(rig._stop.Token));
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await headsetLink.WaitConnectedAsync(wait.Token);
        return rig;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _stop.CancelAsync();
        await _running;
        await Link.DisposeAsync();
        _stop.Dispose();
        if (Directory.Exists(_outboxFolder))
        {
            Directory.Delete(_outboxFolder, recursive: true);
        }
    }
}
