namespace KapImmersive.Core.Scene;

/// <summary>The clouds at one instant: how much sky they cover and how far they have turned about the zenith.</summary>
public readonly record struct CloudFrame(float Cover, float DriftDegrees);
