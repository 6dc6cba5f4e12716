namespace KapImmersive.Messaging.Headsets;

/// <summary>
/// What the sender has done, as one immutable snapshot it swaps in after every change, so other threads read a
/// consistent picture without touching its queues. <see cref="Taken"/> counts the items it has taken from its channel.
/// </summary>
internal sealed record SenderProgress(long Taken, int PendingEvents, int UnrecordedEvents, int AcksWaiting, bool StateSent, long LastSequence)
{
    public static readonly SenderProgress Start = new(0, 0, 0, 0, false, 0);

    /// <summary>Everything taken so far has reached the broker: the state, every ack, every event.</summary>
    public bool HasSentAll => PendingEvents == 0 && AcksWaiting == 0 && StateSent;
}
