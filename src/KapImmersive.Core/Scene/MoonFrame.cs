namespace KapImmersive.Core.Scene;

/// <summary>The moon at one instant: how present it is (0 none; it fades rather than moves when presets change), where, how large, how lit.</summary>
public readonly record struct MoonFrame(float Presence, float AzimuthDegrees, float ElevationDegrees, float SizeDegrees, float Lit);
