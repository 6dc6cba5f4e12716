namespace KapImmersive.Core.Scene;

/// <summary>The interior at one instant: its walls, its lamp's colour and light (0 off), and the rain on its window.</summary>
public readonly record struct RoomFrame(Rgb Wall, Rgb Lamp, float LampIntensity, float Rain);
