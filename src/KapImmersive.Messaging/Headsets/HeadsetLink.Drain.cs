namespace KapImmersive.Messaging.Headsets;

public sealed partial class HeadsetLink
{
    private static readonly TimeSpan DrainPoll = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Waits, at most <paramref name="timeout"/>, until everything handed to <see cref="Publish"/> has left (the last
    /// state, the acks, the events), so a headset that ends a session says so before it says goodbye. Returns at
    /// once while the link is down: the outbox keeps the events for the next start.
    /// </summary>
    public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + timeout;
        while (_connection.IsReady && _time.GetUtcNow() < deadline
            && (_outgoing.Reader.Count > 0 || !_stateSent || _acks.Count > 0 || PendingEvents > 0))
        {
            await Task.Delay(DrainPoll, _time, cancellationToken);
        }
    }
}
