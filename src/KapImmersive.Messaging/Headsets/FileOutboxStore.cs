using System.Globalization;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// The outbox on disk: a folder per shelf, a file per event named by its sequence number. Each is written to a
/// temporary name, synced, then renamed, so a crash never leaves half a file; moves between shelves are renames.
/// </summary>
public sealed class FileOutboxStore(string folder) : IOutboxStore
{
    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(OutboxShelf shelf, CancellationToken cancellationToken)
    {
        var path = FolderOf(shelf);
        Directory.CreateDirectory(path);
        var events = new List<StoredEvent>();
        foreach (var file in Directory.EnumerateFiles(path, "*.json"))
        {
            if (long.TryParse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture, out var sequence) && sequence > 0)
            {
                events.Add(new StoredEvent(sequence, await File.ReadAllBytesAsync(file, cancellationToken)));
            }
        }

        return events;
    }

    public async Task WriteAsync(OutboxShelf shelf, long sequence, byte[] payload, CancellationToken cancellationToken)
    {
        var path = FileOf(shelf, sequence);
        var temporary = path + ".tmp";
        Directory.CreateDirectory(FolderOf(shelf));
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await stream.WriteAsync(payload, cancellationToken);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    public void Move(long sequence, OutboxShelf fromShelf, OutboxShelf toShelf)
    {
        Directory.CreateDirectory(FolderOf(toShelf));
        File.Move(FileOf(fromShelf, sequence), FileOf(toShelf, sequence), overwrite: true);
    }

    public void Delete(OutboxShelf shelf, long sequence) => File.Delete(FileOf(shelf, sequence));

    private string FolderOf(OutboxShelf shelf) => Path.Combine(folder, shelf.ToString().ToLowerInvariant());

    private string FileOf(OutboxShelf shelf, long sequence) => Path.Combine(FolderOf(shelf), sequence.ToString("D12", CultureInfo.InvariantCulture) + ".json");
}
