using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Headsets;

/// <summary>What reaches the link's sender through its channel: work from the frame loop, the inbox and the connection.</summary>
internal abstract record Outgoing
{
    public sealed record State(StateMessage Message) : Outgoing;

    public sealed record Ack(AckMessage Message) : Outgoing;

    public sealed record Event(SessionEvent SessionEvent) : Outgoing;

    /// <summary>The console's record has these events: they leave the outbox for good.</summary>
    public sealed record Recorded(IReadOnlyList<string> EventIds) : Outgoing;

    /// <summary>The link (re)connected; without a session the broker may have lost what it had not passed on yet.</summary>
    public sealed record Connected(bool SessionPresent) : Outgoing;
}
