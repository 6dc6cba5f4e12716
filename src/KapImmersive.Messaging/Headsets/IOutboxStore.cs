namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// Where the <see cref="Outbox"/> keeps its events so they outlive the app: files on a device, the browser's storage
/// in a web headset. Each event sits on one shelf at a time, under its sequence number. Called by one owner at a time.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Every event on a shelf, in no particular order.</summary>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(OutboxShelf shelf, CancellationToken cancellationToken);

    /// <summary>Stores an event; when the task completes it survives the app being killed, and half an event is never kept.</summary>
    Task WriteAsync(OutboxShelf shelf, long sequence, byte[] payload, CancellationToken cancellationToken);

    void Move(long sequence, OutboxShelf fromShelf, OutboxShelf toShelf);

    void Delete(OutboxShelf shelf, long sequence);
}
