namespace KapImmersive.Messaging.Tests.Support;

[CollectionDefinition(Name)]
public sealed class BrokersGroup : ICollectionFixture<BrokersFixture>
{
    public const string Name = "brokers";
}
