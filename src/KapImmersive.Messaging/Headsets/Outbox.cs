using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Events on disk until the console's record has them. Each is written (to a temporary name, then renamed, so a crash
/// never leaves half a file) before it is sent; when the broker acknowledges it, it moves to "delivered" and waits
/// there for the record's confirmation (<see cref="RecordedMessage"/>); only then is it done. A PUBACK only says the
/// broker took it, and a broker can still lose it on the way to the console (a full queue for an offline console, a
/// restart without its sessions), so delivered events go back in line when they wait too long for the record, or when
/// the broker comes back without the session. The console keeps each id once. The last few recorded files are kept
/// because they carry the numbering forward across restarts.
/// </summary>
/// <remarks>Not thread-safe: one owner (the link's sender loop) calls everything; others read its snapshots.</remarks>
public sealed class Outbox
{
    public const int RecordedKept = 8;

    private readonly string _pendingFolder;
    private readonly string _deliveredFolder;
    private readonly string _recordedFolder;
    private readonly List<OutboxEntry> _pending = [];
    private readonly SortedDictionary<long, Delivery> _delivered = [];
    private readonly Dictionary<long, int> _tries = [];
    private readonly Queue<long> _recorded = new();
    private long _lastSequence;

    private Outbox(string folder)
    {
        _pendingFolder = Path.Combine(folder, "pending");
        _deliveredFolder = Path.Combine(folder, "delivered");
        _recordedFolder = Path.Combine(folder, "recorded");
    }

    /// <summary>Events the broker has not taken yet, oldest first.</summary>
    public IReadOnlyList<OutboxEntry> Pending => _pending;

    /// <summary>Events the broker took that the console's record has not confirmed yet.</summary>
    public int Unrecorded => _delivered.Count;

    /// <summary>The sequence number of the newest event ever added (it survives restarts).</summary>
    public long LastSequence => _lastSequence;

    public static async Task<Outbox> OpenAsync(string folder, CancellationToken cancellationToken)
    {
        var outbox = new Outbox(folder);
        foreach (var path in new[] { outbox._pendingFolder, outbox._deliveredFolder, outbox._recordedFolder })
        {
            Directory.CreateDirectory(path);
        }

        // Delivered but never confirmed before the restart: in line again, the record drops what it already has.
        var waiting = await LoadAsync(outbox._deliveredFolder, cancellationToken);
        foreach (var entry in waiting)
        {
            File.Move(FileOf(outbox._deliveredFolder, entry.Sequence), FileOf(outbox._pendingFolder, entry.Sequence), overwrite: true);
        }

        outbox._pending.AddRange((await LoadAsync(outbox._pendingFolder, cancellationToken)).OrderBy(e => e.Sequence));
        var recorded = Directory.EnumerateFiles(outbox._recordedFolder, "*.json").Select(SequenceOf).Where(s => s > 0).Order().ToList();
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
        await WriteAtomicallyAsync(FileOf(_pendingFolder, sequence), entry.Payload, cancellationToken);
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

        File.Move(FileOf(_pendingFolder, entry.Sequence), FileOf(_deliveredFolder, entry.Sequence), overwrite: true);
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

            string? from = _delivered.Remove(sequence) ? _deliveredFolder
                : _pending.RemoveAll(e => e.Sequence == sequence) > 0 ? _pendingFolder : null;
            _tries.Remove(sequence);
            if (from is not null)
            {
                Retire(from, sequence);
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
            File.Move(FileOf(_deliveredFolder, delivery.Entry.Sequence), FileOf(_pendingFolder, delivery.Entry.Sequence), overwrite: true);
            _pending.Add(delivery.Entry);
            _tries[delivery.Entry.Sequence] = delivery.Tries;
        }

        _pending.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    /// <summary>Done: the file moves to "recorded", where only the newest few stay to carry the numbering.</summary>
    private void Retire(string from, long sequence)
    {
        File.Move(FileOf(from, sequence), FileOf(_recordedFolder, sequence), overwrite: true);
        _recorded.Enqueue(sequence);
        while (_recorded.Count > RecordedKept)
        {
            File.Delete(FileOf(_recordedFolder, _recorded.Dequeue()));
        }
    }

    private static async Task<List<OutboxEntry>> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var payload = await File.ReadAllBytesAsync(file, cancellationToken);
            if (SequenceOf(file) is var sequence and > 0 && MessageReader.TryRead(payload, ProtocolJsonContext.Default.EventMessage, out var message, out _))
            {
                entries.Add(new OutboxEntry(sequence, message, payload));
            }
        }

        return entries;
    }

    private static long SequenceOf(string file) =>
        long.TryParse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;

    private static async Task WriteAtomicallyAsync(string path, byte[] content, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(content, cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static string FileOf(string folder, long sequence) => Path.Combine(folder, sequence.ToString("D12", CultureInfo.InvariantCulture) + ".json");

    /// <summary>An event the broker took at <paramref name="SentAt"/>, on its <paramref name="Tries"/>th send.</summary>
    private sealed record Delivery(OutboxEntry Entry, DateTimeOffset SentAt, int Tries);
}
