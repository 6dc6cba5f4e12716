namespace KapImmersive.Rendering.Tests.Support;

/// <summary>Every test that draws shares one context, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedGl : ICollectionFixture<RoomFixture>
{
    public const string Name = "GL";
}
