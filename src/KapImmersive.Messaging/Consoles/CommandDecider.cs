namespace KapImmersive.Messaging.Consoles;

/// <summary>Who decided a command's outcome: the headset's ack, the broker refusing it, or the console giving up waiting.</summary>
public enum CommandDecider
{
    Headset,
    Broker,
    Console,
}
