using KapImmersive.Core.Commands;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    internal static Decision ChangePhase(SessionState state, SetPhase command, CommandContext context)
    {
        var now = context.Now;
        var to = command.Phase;
        if (to == state.Phase)
        {
            return Decision.Apply(state, $"already in {to}");
        }

        switch (to)
        {
            case SessionPhase.Ended:
                return Decision.Reject(state, "a session ends through the return phase; use end-session, which brings the patient back gently");
            case SessionPhase.Return:
                return Return(state, null, now);
        }

        var next = state with
        {
            Phase = to,
            PreviousPhase = state.Phase,
            PhaseChangedAt = now,
            ReturnEndsAt = null,
            DosingStartedAt = to == SessionPhase.Dosing ? state.DosingStartedAt ?? now : state.DosingStartedAt,
            NextCheckInAt = to == SessionPhase.Dosing && state.CheckInIntervalSeconds > 0 ? now + state.CheckInIntervalSeconds : null,
        };
        return Decision.Apply(next, $"phase {state.Phase} → {to}", new PhaseChanged(now, state.Phase, to));
    }

    internal static Decision End(SessionState state, EndSession command, CommandContext context) => Return(state, command.ReturnSeconds, context.Now);

    private static Decision Return(SessionState state, double? requestedSeconds, double now)
    {
        if (state.Phase is SessionPhase.Return or SessionPhase.Ended)
        {
            return Decision.Apply(state, $"the session is already {(state.Phase == SessionPhase.Return ? "returning" : "ended")}");
        }

        var limits = state.Limits;
        var wanted = requestedSeconds ?? SafetyBounds.DefaultReturnSeconds;
        var light = RampPlanner.Plan(state.Darkness, now, limits.DarknessMin, null, limits.DarknessFullRangeSeconds, limits.DarknessMin, limits.DarknessMax);
        var sound = RampPlanner.Plan(state.Volume, now, 0, null, limits.VolumeFullRangeSeconds, 0, limits.VolumeCeiling);
        var seconds = Math.Max(Math.Max(wanted, SafetyBounds.MinReturnSeconds), Math.Max(light.Ramp.Seconds, sound.Ramp.Seconds));
        var next = state with
        {
            Phase = SessionPhase.Return,
            PreviousPhase = state.Phase,
            PhaseChangedAt = now,
            ReturnEndsAt = now + seconds,
            NextCheckInAt = null,
            Darkness = light.Ramp with { Seconds = seconds },
            Volume = sound.Ramp with { Seconds = seconds },
            Breathing = state.Breathing is { IsOn: true } b ? b with { Presence = FadeTo(b.Presence, 0, now) } : state.Breathing,
        };
        var reason = Invariant($"returning: light lifts and music fades over {seconds:0} s");
        return new Decision(next, seconds > wanted ? CommandOutcome.Slowed : CommandOutcome.Applied,
            seconds > wanted ? $"{reason}; slowed so the return stays gentle" : reason,
            new PhaseChanged(now, state.Phase, SessionPhase.Return));
    }
}
