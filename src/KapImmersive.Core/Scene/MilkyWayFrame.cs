namespace KapImmersive.Core.Scene;

/// <summary>The Milky Way at one instant: its light (0 none) and how far it leans from the vertical; it turns with the stars.</summary>
public readonly record struct MilkyWayFrame(float Intensity, float TiltDegrees);
