using KapImmersive.Core.Protocol;
using KapImmersive.Messaging.Headsets;

namespace KapImmersive.Messaging.Consoles;

/// <summary>What the console knows of one headset: presence, latest state, and its events once each, in the headset's order.</summary>
public sealed class HeadsetView(string headsetId)
{
    private readonly HashSet<string> _eventIds = new(StringComparer.Ordinal);
    private readonly List<EventMessage> _events = [];
    private readonly Lock _gate = new();

    public string HeadsetId { get; } = headsetId;

    public PresenceMessage? Presence { get; internal set; }

    public StateMessage? State { get; internal set; }

    public long DuplicatesDropped { get; private set; }

    public IReadOnlyList<EventMessage> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    /// <summary>Keeps an event unless its id was seen before; an event resent late goes back to its place by sequence.</summary>
    internal bool Add(EventMessage message)
    {
        lock (_gate)
        {
            if (!_eventIds.Add(message.Id))
            {
                DuplicatesDropped++;
                return false;
            }

            var sequence = EventIds.SequenceOf(message.Id);
            var index = _events.Count;
            while (sequence is { } s && index > 0 && EventIds.SequenceOf(_events[index - 1].Id) is { } before && before > s)
            {
                index--;
            }

            _events.Insert(index, message);
            return true;
        }
    }
}
