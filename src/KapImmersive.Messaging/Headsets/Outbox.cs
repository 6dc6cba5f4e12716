using System.Text.Json;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Events kept (on disk, or in a browser's storage: <see cref="IOutboxStore"/>) until the console's record has them.
/// Each is stored durably before it is sent; when the broker acknowledges it, it moves to "delivered" and waits
/// there for the record's confirmation (<see cref="RecordedMessage"/>); only then is it done. A PUBACK only says the
/// broker took it, and a broker can still lose it on the way to the console (a full queue for an offline console, a
/// restart without its sessions), so delivered events go back in line when they wait too long for the record, or when
/// the broker comes back without the session. The console keeps each id once. The last few recorded events are kept
/// because they carry the numbering forward across restarts.
/// </summary>
/// <remarks>Not thread-safe: one owner (the link's sender loop) calls everything; others read its snapshots.</remarks>
public sealed class Outbox
{
    public const int RecordedKept = 8;

    private readonly IOutboxStore _store;
    private readonly List<OutboxEntry> _pending = [];
    private readonly SortedDictionary<long, Delivery> _delivered = [];
    private readonly Dictionary<long, int> _tries = [];
    private readonly Queue<long> _recorded = new();
    private long _lastSequence;

    private Outbox(IOutboxStore store) => _store = store;

    /// <summary>Events the broker has not taken yet, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> Pending => _pending;

    /// <summary>Events the broker took that the console's record has not confirmed yet.</summary>
    public int Unrecorded => _delivered.Count;

    /// <summary>The sequence number of the newest event ever added (it survives restarts).</summary>
    public long LastSequence => _lastSequence;

    public static async Task<Outbox> OpenAsync(IOutboxStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var outbox = new Outbox(store);

        // Delivered but never confirmed before the restart: in line again, the record drops what it already has.
        foreach (var waiting in await store.ReadAsync(OutboxShelf.Delivered, cancellationToken))
        {
            store.Move(waiting.Sequence, OutboxShelf.Delivered, OutboxShelf.Pending);
        }

        outbox._pending.AddRange((await LoadAsync(store, OutboxShelf.Pending, cancellationToken)).OrderBy(e => e.Sequence));
        var recorded = (await store.ReadAsync(OutboxShelf.Recorded, cancellationToken)).Select(e => e.Sequence).Order().ToList();
        recorded.ForEach(outbox._recorded.Enqueue);
        outbox._lastSequence = outbox._pending.Select(e => e.Sequence).Concat(recorded).DefaultIfEmpty(0).Max();
        return outbox;
    }

    /// <summary>Gives the event the next sequence number, builds it with its id, and stores it durably.</summary>
    public async Task<OutboxEntry> AddAsync(Func<long, EventMessage> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var sequence = ++_lastSequence;
        var message = build(sequence);
        var entry = new OutboxEntry(sequence, message, JsonSerializer.SerializeToUtf8Bytes(message, ProtocolJsonContext.Default.EventMessage));
        await _store.WriteAsync(OutboxShelf.Pending, sequence, entry.Payload, cancellationToken);
        _pending.Add(entry);
        return entry;
    }

    /// <summary>The broker took it at <paramref name="now"/>; it waits for the record from then on.</summary>
    public void MarkDelivered(OutboxEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_pending.Remove(entry))
        {
            return;
        }

        _store.Move(entry.Sequence, OutboxShelf.Pending, OutboxShelf.Delivered);
        _delivered[entry.Sequence] = new Delivery(entry, now, _tries.Remove(entry.Sequence, out var tries) ? tries + 1 : 1);
    }

    /// <summary>The record has these events (ids of other headsets or already done are ignored); true if any was new.</summary>
    public bool MarkRecorded(IEnumerable<string> eventIds, string headsetId)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var changed = false;
        foreach (var id in eventIds)
        {
            if (EventIds.SequenceOf(id) is not { } sequence || !string.Equals(id, EventIds.Make(headsetId, sequence), StringComparison.Ordinal))
            {
                continue;
            }

            OutboxShelf? from = _delivered.Remove(sequence) ? OutboxShelf.Delivered
                : _pending.RemoveAll(e => e.Sequence == sequence) > 0 ? OutboxShelf.Pending : null;
            _tries.Remove(sequence);
            if (from is { } shelf)
            {
                Retire(shelf, sequence);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Puts every delivered event back in line, in order: the broker came back without the session.</summary>
    public void RequeueDelivered() => Requeue(_delivered.Values.ToList());

    /// <summary>
    /// Puts back in line the delivered events that waited longer than <paramref name="wait"/> (doubling with each try,
    /// so a clinic without a recording console is not flooded); the next moment one will be due, or null.
    /// </summary>
    public DateTimeOffset? RequeueOverdue(DateTimeOffset now, TimeSpan wait)
    {
        Requeue(_delivered.Values.Where(d => now >= DueAt(d, wait)).ToList());
        return _delivered.Count == 0 ? null : _delivered.Values.Min(d => DueAt(d, wait));
    }

    private static DateTimeOffset DueAt(Delivery delivery, TimeSpan wait) => delivery.SentAt + (wait * Math.Pow(2, Math.Min(delivery.Tries - 1, 6)));

    private void Requeue(List<Delivery> deliveries)
    {
        foreach (var delivery in deliveries)
        {
            _delivered.Remove(delivery.Entry.Sequence);
            _store.Move(delivery.Entry.Sequence, OutboxShelf.Delivered, OutboxShelf.Pending);
            _pending.Add(delivery.Entry);
            _tries[delivery.Entry.Sequence] = delivery.Tries;
        }

        _pending.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    /// <summary>Done: the event moves to "recorded", where only the newest few stay to carry the numbering.</summary>
    private void Retire(OutboxShelf from, long sequence)
    {
        _store.Move(sequence, from, OutboxShelf.Recorded);
        _recorded.Enqueue(sequence);
        while (_recorded.Count > RecordedKept)
        {
            _store.Delete(OutboxShelf.Recorded, _recorded.Dequeue());
        }
    }

    /// <summary>The readable events of a shelf; one that cannot be read (a foreign or damaged entry) is left where it is.</summary>
    private static async Task<List<OutboxEntry>> LoadAsync(IOutboxStore store, OutboxShelf shelf, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        foreach (var stored in await store.ReadAsync(shelf, cancellationToken))
        {
            if (MessageReader.TryRead(stored.Payload, ProtocolJsonContext.Default.EventMessage, out var message, out _))
            {
                entries.Add(new OutboxEntry(stored.Sequence, message, stored.Payload));
            }
        }

        return entries;
    }

    /// <summary>An event the broker took at <paramref name="SentAt"/>, on its <paramref name="Tries"/>th send.</summary>
    private sealed record Delivery(OutboxEntry Entry, DateTimeOffset SentAt, int Tries);
}
