namespace KapImmersive.Console.Tests.Support;

/// <summary>The tests that use PostgreSQL share one server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgresql";
}
