using System.Text;
using System.Text.Json;
using KapImmersive.Headset.Web.Interop;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Headset.Web.Storage;

/// <summary>
/// The outbox of a web headset, in the browser's IndexedDB: an event is durably written before the link sends it, so a
/// help request pressed while the link is down is delivered once it is back, even after a reload. Moves between shelves
/// are queued in order without waiting: a move that never completes leaves the event where it was, to be sent again
/// (the console's record keeps each id once).
/// </summary>
internal sealed class BrowserOutboxStore(string headsetId) : IOutboxStore
{
    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(OutboxShelf shelf, CancellationToken cancellationToken)
    {
        using var pairs = JsonDocument.Parse(await StorageCalls.Read(headsetId, Name(shelf)));
        return [.. pairs.RootElement.EnumerateArray().Select(p => new StoredEvent(p[0].GetInt64(), Encoding.UTF8.GetBytes(p[1].GetString() ?? "")))];
    }

    public Task WriteAsync(OutboxShelf shelf, long sequence, byte[] payload, CancellationToken cancellationToken) =>
        StorageCalls.Write(headsetId, Name(shelf), sequence, Encoding.UTF8.GetString(payload));

    public void Move(long sequence, OutboxShelf fromShelf, OutboxShelf toShelf) => _ = StorageCalls.Move(headsetId, sequence, Name(fromShelf), Name(toShelf));

    public void Delete(OutboxShelf shelf, long sequence) => _ = StorageCalls.Remove(headsetId, Name(shelf), sequence);

    private static string Name(OutboxShelf shelf) => shelf.ToString().ToLowerInvariant();
}
