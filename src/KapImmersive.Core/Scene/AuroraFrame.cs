namespace KapImmersive.Core.Scene;

/// <summary>The aurora at one instant: its light (0 none), colour, where its band stands, and how far its curtains have folded (degrees along the band).</summary>
public readonly record struct AuroraFrame(float Intensity, Rgb Colour, float AzimuthDegrees, float FoldDegrees);
