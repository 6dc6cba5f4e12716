namespace KapImmersive.Messaging.Tests.Support;

public enum BrokerKind
{
    Embedded,
    Mosquitto,
}
