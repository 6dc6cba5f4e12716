namespace KapImmersive.Core.Safety;

/// <summary>A ramp as the safety rules allow it, and whether the request had to be slowed or capped.</summary>
public readonly record struct PlannedRamp(Ramp Ramp, bool Slowed, bool Capped, double RequestedTarget);
