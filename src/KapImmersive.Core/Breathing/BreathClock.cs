namespace KapImmersive.Core.Breathing;

/// <summary>Gives the breath sample of a pattern at a time; pure and allocation-free.</summary>
public static class BreathClock
{
    public static BreathSample At(BreathingPattern pattern, double startedAt, double now)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var elapsed = Math.Max(0, now - startedAt);
        var cycle = (long)Math.Floor(elapsed / pattern.CycleSeconds);
        var intoCycle = elapsed - (cycle * pattern.CycleSeconds);

        var steps = pattern.Steps;
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (intoCycle < step.Seconds || i == steps.Length - 1)
            {
                var progress = step.Seconds <= 0 ? 1 : Math.Clamp(intoCycle / step.Seconds, 0, 1);
                return new BreathSample(step.Stage, progress, cycle, FullnessOf(step.Stage, progress));
            }

            intoCycle -= step.Seconds;
        }

        return new BreathSample(BreathStage.HoldOut, 1, cycle, 0);
    }

    private static double FullnessOf(BreathStage stage, double progress) => stage switch
    {
        BreathStage.Inhale => Easing.SineInOut(progress),
        BreathStage.HoldIn => 1,
        BreathStage.Exhale => 1 - Easing.SineInOut(progress),
        _ => 0,
    };
}
