using KapImmersive.Core.Session;

namespace KapImmersive.Messaging.Headsets;

/// <summary>A console's command as the link received it, with the wall time it arrived: nothing may apply it earlier.</summary>
public readonly record struct ReceivedCommand(SessionCommand Command, DateTimeOffset ReceivedAt);
