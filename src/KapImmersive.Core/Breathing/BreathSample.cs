namespace KapImmersive.Core.Breathing;

/// <summary>Where the breath is at one instant.</summary>
/// <param name="Stage">The current stage.</param>
/// <param name="Progress">How far through the current stage, 0..1.</param>
/// <param name="Cycle">Whole cycles completed since the pattern started.</param>
/// <param name="Fullness">How full the lungs are, 0 (empty) .. 1 (full), eased so light and sound swell smoothly.</param>
public readonly record struct BreathSample(BreathStage Stage, double Progress, long Cycle, double Fullness);
