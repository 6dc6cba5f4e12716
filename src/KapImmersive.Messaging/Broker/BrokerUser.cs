namespace KapImmersive.Messaging.Broker;

/// <summary>One account on the broker. A headset's user name is its headset id; the password is stored hashed only.</summary>
public sealed record BrokerUser
{
    public string Name { get; init; } = "";

    public BrokerRole Role { get; init; }

    /// <summary>As made by <see cref="PasswordHash.Create"/> (or `kap broker hash-password`).</summary>
    public string PasswordHash { get; init; } = "";
}
