using System.Diagnostics.CodeAnalysis;
using KapImmersive.Core.Breathing;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    /// <summary>Breathing light and sound fade in and out over this long.</summary>
    public const double BreathingFadeSeconds = 4;

    internal static Decision BeginBreathing(SessionState state, StartBreathing command, CommandContext context)
    {
        var now = context.Now;
        if (!BreathingPatternsFor(state.Preset, command.Pattern, out var pattern, out var error))
        {
            return Decision.Reject(state, error);
        }

        var current = state.Breathing;
        if (current is null || current.Presence.ValueAt(now) <= 0)
        {
            var fresh = new BreathingState(pattern, now, new Ramp(0, 1, now, BreathingFadeSeconds), null);
            return Decision.Apply(state with { Breathing = fresh }, $"breathing {pattern} fades in");
        }

        var presence = FadeTo(current.Presence, 1, now);
        if (current.Pattern == pattern)
        {
            return Decision.Apply(state with { Breathing = current with { Presence = presence } }, $"breathing {pattern} continues");
        }

        var running = current.Previous is not null && now < current.StartedAt
            ? (Pattern: current.Previous, StartedAt: current.PreviousStartedAt)
            : (current.Pattern, current.StartedAt);
        var sample = BreathClock.At(running.Pattern, running.StartedAt, now);
        var switchAt = running.StartedAt + ((sample.Cycle + 1) * running.Pattern.CycleSeconds);
        var switched = new BreathingState(pattern, switchAt, presence, running.Pattern, running.StartedAt);
        return Decision.Apply(state with { Breathing = switched },
            Invariant($"breathing changes to {pattern} when this breath ends, in {switchAt - now:0.0} s"));
    }

    internal static Decision EndBreathing(SessionState state, StopBreathing command, CommandContext context)
    {
        var now = context.Now;
        if (state.Breathing is not { IsOn: true } breathing)
        {
            return Decision.Apply(state, "breathing guidance was already off");
        }

        return Decision.Apply(state with { Breathing = breathing with { Presence = FadeTo(breathing.Presence, 0, now) } },
            "breathing guidance fades out");
    }

    private static Ramp FadeTo(Ramp presence, double target, double now)
    {
        var from = presence.ValueAt(now);
        return new Ramp(from, target, now, Math.Abs(target - from) * BreathingFadeSeconds);
    }

    private static bool BreathingPatternsFor(EnvironmentPreset preset, string? requested,
        [NotNullWhen(true)] out BreathingPattern? pattern, [NotNullWhen(false)] out string? error) =>
        BreathingPatterns.TryParse(requested ?? preset.Breathing.Pattern, out pattern, out error);
}
