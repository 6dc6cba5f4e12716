namespace KapImmersive.Messaging.Headsets;

/// <summary>Where an event stands: not yet taken by the broker, taken but not yet in the console's record, or recorded.</summary>
public enum OutboxShelf
{
    Pending,
    Delivered,
    Recorded,
}
