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

    public PresenceMessage? Presence { get; private set; }

    /// <summary>When the console last heard from the headset itself (not a retained copy from the broker).</summary>
    public DateTimeOffset? LastHeardAt { get; private set; }

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

    internal void Heard(DateTimeOffset at)
    {
        lock (_gate)
        {
            LastHeardAt = at;
        }
    }

    /// <summary>Takes the headset's presence; true when its status changed (a repeated "online" is only a heartbeat).</summary>
    internal bool TakePresence(PresenceMessage presence, DateTimeOffset at)
    {
        lock (_gate)
        {
            var changed = Presence?.Status != presence.Status;
            Presence = presence;
            LastHeardAt = at;
            return changed;
        }
    }

    /// <summary>
    /// Takes an online headset as offline when nothing came from it for a whole keep-alive (four heartbeats missed);
    /// the offline presence it made, or null.
    /// </summary>
    internal PresenceMessage? GoOfflineIfSilent(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (Presence is not { Status: PresenceMessage.Online, KeepAliveSeconds: { } keepAlive } online || LastHeardAt is not { } heard
                || now - heard <= TimeSpan.FromSeconds(keepAlive))
            {
                return null;
            }

            Presence = online with { Status = PresenceMessage.Offline, At = now };
            return Presence;
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
