using KapImmersive.Core.Protocol;

namespace KapImmersive.Messaging.Headsets;

/// <summary>One event waiting in (or recently delivered from) the outbox, in the order the headset raised it.</summary>
public sealed record OutboxEntry(long Sequence, EventMessage Message, byte[] Payload);
