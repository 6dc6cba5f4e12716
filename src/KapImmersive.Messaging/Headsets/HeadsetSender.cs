using System.Text.Json;
using System.Threading.Channels;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Messaging.Connection;
using MQTTnet;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Sends what the headset reports: the retained state, the acks and the events (through the <see cref="Outbox"/>), in
/// the order the frame loop made them, and takes the record's confirmations.
/// </summary>
/// <remarks>
/// Threading: one loop owns the latest state, the ack queue and the outbox; nothing else touches them. Every other
/// thread hands work in through <see cref="Hand"/> (an unbounded channel, so the frame loop never waits) and reads
/// <see cref="Progress"/>, an immutable snapshot the loop swaps in after each change and announces on
/// <see cref="Changes"/>. Items are counted in as they are handed over and out as the loop takes them, so a snapshot
/// whose <see cref="SenderProgress.Taken"/> equals <see cref="HandedOver"/> covers everything handed over so far.
/// </remarks>
internal sealed class HeadsetSender(HeadsetLinkOptions options, IOutboxStore store, LinkConnection connection, SessionClock clock, TimeProvider time)
{
    /// <summary>How soon to try again when the broker had no console session for an event (PUBACK 0x10).</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private const int MaxQueuedAcks = 1024;

    private readonly Channel<Outgoing> _outgoing = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Queue<AckMessage> _acks = new();
    private readonly ChangeSignal _changes = new();
    private readonly TimeSpan _recordWait = TimeSpan.FromSeconds(options.RecordWaitSeconds);
    private SenderProgress _progress = SenderProgress.Start;
    private long _handedOver;
    private long _lastStateSequence = -1;
    private Outbox? _outbox;
    private StateMessage? _state;
    private bool _stateSent;
    private long _taken;

    public SenderProgress Progress => Volatile.Read(ref _progress);

    public long HandedOver => Interlocked.Read(ref _handedOver);

    /// <summary>Completes at the sender's next change of progress.</summary>
    public Task Changes => _changes.Next;

    /// <summary>True when everything handed over so far has reached the broker.</summary>
    public bool IsDrained
    {
        get
        {
            var handed = HandedOver;
            var progress = Progress;
            return progress.Taken == handed && progress.HasSentAll;
        }
    }

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        _outbox = await Outbox.OpenAsync(store, cancellationToken);
        PublishProgress();
    }

    /// <summary>Frame loop: hands over the state if it changed, then the acks and events of one transition. Never waits.</summary>
    public void Publish(Transition transition, double now)
    {
        var state = transition.State;
        if (state.Sequence != Interlocked.Exchange(ref _lastStateSequence, state.Sequence))
        {
            Hand(new Outgoing.State(SessionMessages.State(state, now, clock)));
        }

        foreach (var sessionEvent in transition.Events)
        {
            Hand(sessionEvent is CommandAcknowledged ack ? new Outgoing.Ack(SessionMessages.Ack(ack, state.Sequence, clock)) : new Outgoing.Event(sessionEvent));
        }
    }

    /// <summary>The sequence number of the newest state handed over (-1 before the first).</summary>
    public long LastStateSequence => Interlocked.Read(ref _lastStateSequence);

    public void Hand(Outgoing item)
    {
        Interlocked.Increment(ref _handedOver);
        _outgoing.Writer.TryWrite(item);
    }

    /// <summary>The loop, after <see cref="OpenAsync"/>, until <paramref name="stopping"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var reader = _outgoing.Reader;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                while (reader.TryRead(out var item))
                {
                    await TakeAsync(item, stopping);
                    _taken++;
                }

                PublishProgress();

                // Taken before looking at the link: a link that comes up after the look wakes the loop at once.
                var linkChanged = connection.Changes;
                var ready = connection.IsReady;
                var wait = ready ? await FlushAsync(stopping) : null;
                PublishProgress();
                var next = reader.WaitToReadAsync(stopping).AsTask();
                if (!ready)
                {
                    await Task.WhenAny(next, linkChanged);
                }
                else if (wait is { } delay)
                {
                    await Task.WhenAny(next, Task.Delay(delay, time, stopping));
                }
                else
                {
                    await next;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping; whatever is still in the outbox goes out after the next start.
        }
    }

    private async Task TakeAsync(Outgoing item, CancellationToken stopping)
    {
        var outbox = _outbox!;
        switch (item)
        {
            case Outgoing.State state:
                (_state, _stateSent) = (state.Message, false);
                break;
            case Outgoing.Ack ack:
                _acks.Enqueue(ack.Message);

                // While the link is down the console times these commands out anyway; keep only the latest acks.
                if (_acks.Count > MaxQueuedAcks && !connection.IsReady)
                {
                    _acks.Dequeue();
                }

                break;
            case Outgoing.Event { SessionEvent: var sessionEvent } when SessionMessages.Event(sessionEvent, "", clock) is not null:
                await outbox.AddAsync(sequence => SessionMessages.Event(sessionEvent, EventIds.Make(options.HeadsetId, sequence), clock)!, stopping);
                break;
            case Outgoing.Recorded recorded:
                outbox.MarkRecorded(recorded.EventIds, options.HeadsetId);
                break;
            case Outgoing.Connected connected:
                _stateSent = false;
                if (!connected.SessionPresent)
                {
                    outbox.RequeueDelivered();
                }

                break;
        }
    }

    /// <summary>Sends what can be sent; how long to wait before trying again, or null to wait for new work only.</summary>
    private async Task<TimeSpan?> FlushAsync(CancellationToken stopping)
    {
        var outbox = _outbox!;
        var now = time.GetUtcNow();
        var recordDue = outbox.RequeueOverdue(now, _recordWait);

        if (_state is { } state && !_stateSent)
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(state, ProtocolJsonContext.Default.StateMessage);
            _stateSent = await connection.TryPublishAsync(LinkMessages.Reliable(Topics.State(options.HeadsetId), payload, retain: true), stopping) is not null;
        }

        while (_acks.TryPeek(out var ack))
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(ack, ProtocolJsonContext.Default.AckMessage);
            if (await connection.TryPublishAsync(LinkMessages.Reliable(Topics.Acks(options.HeadsetId), payload, retain: false), stopping) is null)
            {
                return RetryDelay;
            }

            _acks.Dequeue();
        }

        while (outbox.Pending.Count > 0)
        {
            var entry = outbox.Pending[0];
            var result = await connection.TryPublishAsync(LinkMessages.Reliable(Topics.Events(options.HeadsetId), entry.Payload, retain: false), stopping);

            // 0x10: the broker took it but nobody (no console session) will get it, so it stays in line for later.
            if (result is null or MqttClientPublishReasonCode.NoMatchingSubscribers)
            {
                return RetryDelay;
            }

            // Success, or a refusal that no retry can change (not authorised, too large): either way it leaves the line.
            outbox.MarkDelivered(entry, time.GetUtcNow());
            recordDue ??= time.GetUtcNow() + _recordWait;
        }

        return _state is not null && !_stateSent ? RetryDelay : recordDue is { } due ? TimeSpan.FromTicks(Math.Max(0, (due - time.GetUtcNow()).Ticks)) : null;
    }

    private void PublishProgress()
    {
        var outbox = _outbox!;
        var progress = new SenderProgress(_taken, outbox.Pending.Count, outbox.Unrecorded, _acks.Count, _stateSent, outbox.LastSequence);
        if (progress != Volatile.Read(ref _progress))
        {
            Volatile.Write(ref _progress, progress);
            _changes.Pulse();
        }
    }
}
