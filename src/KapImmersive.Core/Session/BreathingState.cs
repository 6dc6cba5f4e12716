using KapImmersive.Core.Breathing;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

/// <summary>
/// Breathing guidance: which pattern, since when, and how strongly it shows (it fades in and out).
/// A new pattern starts when the previous one next reaches empty lungs, so the light never jumps;
/// until then <see cref="Previous"/> keeps going.
/// </summary>
public sealed record BreathingState(BreathingPattern Pattern, double StartedAt, Ramp Presence, BreathingPattern? Previous,
    double PreviousStartedAt = 0)
{
    public bool IsOn => Presence.Target > 0;

    public BreathSample SampleAt(double now) => Previous is not null && now < StartedAt
        ? BreathClock.At(Previous, PreviousStartedAt, now)
        : BreathClock.At(Pattern, StartedAt, now);
}
