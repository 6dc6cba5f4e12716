using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Headsets;

/// <summary>What the frame loop hands the link's sender: a state snapshot, an ack, an event, or a nudge to send now.</summary>
internal abstract record Outgoing
{
    public sealed record State(StateMessage Message) : Outgoing;

    public sealed record Ack(AckMessage Message) : Outgoing;

    public sealed record Event(SessionEvent SessionEvent) : Outgoing;

    public sealed record Wake : Outgoing;
}
