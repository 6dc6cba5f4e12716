using System.Numerics;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The interior's measurements, in the room's metres (the patient's head at about (0, 1.2, 0), looking down -z): a
/// modest room, a window in the wall ahead a little above the breathing light, and a paper lamp hanging to the left.
/// room.glsl holds the same numbers for the shaders; RoomBoxTests keeps the two alike.
/// </summary>
internal static class RoomBox
{
    public static readonly Vector3 Min = new(-2.6f, 0f, -3.2f);
    public static readonly Vector3 Max = new(2.6f, 2.7f, 2.4f);

    /// <summary>The window in the front wall (z = Min.Z): left, bottom, right, top.</summary>
    public static readonly Vector4 Window = new(-1.0f, 0.95f, 1.0f, 2.2f);

    public static readonly Vector3 Lamp = new(-1.55f, 1.95f, -2.1f);

    public const float LampRadius = 0.17f;
}
