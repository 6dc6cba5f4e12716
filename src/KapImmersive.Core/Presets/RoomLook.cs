using KapImmersive.Core.Scene;

namespace KapImmersive.Core.Presets;

/// <summary>An interior: its walls, the warm lamp that lights it, and the rain on its window (the floor is the ground's colour).</summary>
public sealed record RoomLook
{
    public Rgb Wall { get; init; } = new(0.24f, 0.2f, 0.17f);

    public Rgb Lamp { get; init; } = new(1f, 0.72f, 0.45f);

    /// <summary>How brightly the lamp lights the room: 0 off .. 1 a reading lamp turned low.</summary>
    public double LampIntensity { get; init; } = 0.5;

    /// <summary>Drops on the window: 0 a dry night .. 1 steady rain.</summary>
    public double Rain { get; init; }
}
