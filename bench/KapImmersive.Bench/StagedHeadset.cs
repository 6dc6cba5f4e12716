using System.Collections.Concurrent;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Tests.Support;

namespace KapImmersive.Bench;

/// <summary>
/// A headset frame loop that notes, for every command, when the link received it, when the loop read it, when the
/// reducer was done and when the transition was handed to the link, so command → ack can be taken apart.
/// </summary>
internal sealed class StagedHeadset : IAsyncDisposable
{
    private readonly HeadsetLink _link;
    private readonly SessionReducer _reducer = new(TestPresets.Catalog);
    private readonly SessionClock _clock = new(DateTimeOffset.UtcNow);
    private readonly CancellationTokenSource _stop = new();
    private SessionState _state;
    private Task _loop = Task.CompletedTask;

    private StagedHeadset(HeadsetLink link)
    {
        _link = link;
        _state = SessionReducer.Start(TestPresets.First, 0);
    }

    public ConcurrentDictionary<string, Stamps> Seen { get; } = new(StringComparer.Ordinal);

    public static async Task<StagedHeadset> StartAsync(TestBroker broker, string headsetId, string outboxFolder, CancellationToken cancellationToken)
    {
        var link = new HeadsetLink(new HeadsetLinkOptions { HeadsetId = headsetId, Link = Links.For(broker, headsetId), OutboxFolder = outboxFolder },
            new SessionClock(DateTimeOffset.UtcNow), TimeProvider.System);
        var headset = new StagedHeadset(link);
        await link.StartAsync(cancellationToken);
        await link.WaitConnectedAsync(cancellationToken);
        headset._loop = Task.Run(() => headset.RunAsync(headset._stop.Token), CancellationToken.None);
        return headset;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await _link.DisposeAsync();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (await _link.Commands.WaitToReadAsync(stopping))
            {
                while (_link.Commands.TryRead(out var received))
                {
                    var read = DateTimeOffset.UtcNow;
                    var now = _clock.ToSession(read);
                    var transition = _reducer.Apply(_state, received.Command, now);
                    var reduced = DateTimeOffset.UtcNow;
                    _state = transition.State;
                    _link.Publish(transition, now);
                    Seen[received.Command.Id] = new Stamps(received.ReceivedAt, read, reduced, DateTimeOffset.UtcNow);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Done.
        }
    }

    /// <summary>One command's way through the headset: received by the link, read by the loop, reduced, handed to the sender.</summary>
    public readonly record struct Stamps(DateTimeOffset Received, DateTimeOffset Read, DateTimeOffset Reduced, DateTimeOffset Handed);
}
