namespace KapImmersive.Messaging.Broker;

/// <summary>What a broker user may do: a headset only its own topics, a console every headset's.</summary>
public enum BrokerRole
{
    Headset,
    Console,
}
