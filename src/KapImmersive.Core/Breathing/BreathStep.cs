namespace KapImmersive.Core.Breathing;

/// <summary>One stage of a breathing pattern and how long it lasts.</summary>
public readonly record struct BreathStep(BreathStage Stage, double Seconds);
