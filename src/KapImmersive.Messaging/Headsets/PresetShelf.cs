using System.Collections.Concurrent;
using KapImmersive.Messaging.Connection;

namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// The presets the console publishes, as their JSON documents by id, for a headset that follows them. An empty
/// retained message takes one away. Written on the MQTT client's delivery task, read from any thread.
/// </summary>
internal sealed class PresetShelf
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ChangeSignal _changes = new();

    public IReadOnlyDictionary<string, string> Documents => new Dictionary<string, string>(_documents, StringComparer.Ordinal);

    /// <summary>Completes at the next preset that arrives or goes.</summary>
    public Task Changes => _changes.Next;

    public void Take(string presetId, ReadOnlySpan<byte> document)
    {
        if (document.IsEmpty)
        {
            _documents.TryRemove(presetId, out _);
        }
        else
        {
            _documents[presetId] = System.Text.Encoding.UTF8.GetString(document);
        }

        _changes.Pulse();
    }
}
