using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Events on disk until the broker has them: each is written (to a temporary name, then renamed, so a crash never
/// leaves half a file) before it is sent, and moved aside only when the broker acknowledged it. The last few delivered
/// events are kept, because a broker that restarts without its sessions may have lost what it acknowledged but had
/// not yet passed on; they are sent again then, and the console drops the duplicates by id. Those kept files also
/// carry the sequence forward across restarts, so an event costs one synced write.
/// </summary>
public sealed class Outbox
{
    public const int DeliveredKept = 64;

    private readonly string _pendingFolder;
    private readonly string _deliveredFolder;
    private readonly List<OutboxEntry> _pending = [];
    private readonly Queue<OutboxEntry> _delivered = new();
    private long _lastSequence;

    private Outbox(string folder)
    {
        _pendingFolder = Path.Combine(folder, "pending");
        _deliveredFolder = Path.Combine(folder, "delivered");
    }

    public IReadOnlyList<OutboxEntry> Pending => _pending;

    /// <summary>The sequence number of the newest event ever added (it survives restarts).</summary>
    public long LastSequence => _lastSequence;

    public static async Task<Outbox> OpenAsync(string folder, CancellationToken cancellationToken)
    {
        var outbox = new Outbox(folder);
        Directory.CreateDirectory(outbox._pendingFolder);
        Directory.CreateDirectory(outbox._deliveredFolder);
        outbox._pending.AddRange(await LoadAsync(outbox._pendingFolder, cancellationToken));
        foreach (var entry in await LoadAsync(outbox._deliveredFolder, cancellationToken))
        {
            outbox._delivered.Enqueue(entry);
        }

        outbox._lastSequence = outbox._pending.Concat(outbox._delivered).Select(e => e.Sequence).DefaultIfEmpty(0).Max();
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

    public void MarkDelivered(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_pending.Remove(entry))
        {
            return;
        }

        File.Move(FileOf(_pendingFolder, entry.Sequence), FileOf(_deliveredFolder, entry.Sequence), overwrite: true);
        _delivered.Enqueue(entry);
        while (_delivered.Count > DeliveredKept)
        {
            File.Delete(FileOf(_deliveredFolder, _delivered.Dequeue().Sequence));
        }
    }

    /// <summary>Puts the recently delivered events back in line, before the pending ones, to be sent again.</summary>
    public void RequeueDelivered()
    {
        var again = new List<OutboxEntry>();
        while (_delivered.TryDequeue(out var entry))
        {
            File.Move(FileOf(_deliveredFolder, entry.Sequence), FileOf(_pendingFolder, entry.Sequence), overwrite: true);
            again.Add(entry);
        }

        _pending.InsertRange(0, again);
        _pending.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
    }

    private static async Task<List<OutboxEntry>> LoadAsync(string folder, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var payload = await File.ReadAllBytesAsync(file, cancellationToken);
            if (long.TryParse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture, out var sequence)
                && MessageReader.TryRead(payload, ProtocolJsonContext.Default.EventMessage, out var message, out _))
            {
                entries.Add(new OutboxEntry(sequence, message, payload));
            }
        }

        return entries;
    }

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
}
