namespace KapImmersive.Messaging.Headsets;

/// <summary>An event as an outbox store keeps it: its sequence number and its JSON.</summary>
public sealed record StoredEvent(long Sequence, byte[] Payload);
