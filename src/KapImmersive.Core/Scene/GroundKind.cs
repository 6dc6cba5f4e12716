namespace KapImmersive.Core.Scene;

/// <summary>What the ground is (a preset's ground.kind): each is drawn its own way.</summary>
public enum GroundKind
{
    Plain,
    Meadow,
    Sea,
    Hills,
    Room,
}
