namespace KapImmersive.Messaging.Consoles;

/// <summary>One message a headset (or a sensor bridge on its behalf) published on a recorded channel, as it came; the payload is valid during the call only (copy what you keep).</summary>
public sealed record HeadsetReport(string HeadsetId, string Channel, ReadOnlyMemory<byte> Payload);
