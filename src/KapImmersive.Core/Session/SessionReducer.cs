using System.Collections.Immutable;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

/// <summary>
/// The one place a session changes: applies a command, or the passing of time, at a given instant and returns
/// the new state with the events to publish. Every safety rule is enforced here, so no caller can bypass it.
/// </summary>
public sealed partial class SessionReducer(PresetCatalog presets)
{
    public const string PatientIssuer = "patient";

    /// <summary>A session starts silent and fades its music in over this long.</summary>
    public const double FadeInSeconds = 10;

    public static SessionState Start(EnvironmentPreset preset, double now)
    {
        ArgumentNullException.ThrowIfNull(preset);
        var limits = SafetyLimitsForPreset.Of(preset);
        var darkness = Math.Clamp(preset.Darkness.Default, limits.DarknessMin, limits.DarknessMax);
        var volume = Math.Min(preset.Music.Volume, limits.VolumeCeiling);
        var fadeIn = Math.Max(FadeInSeconds, RampPlanner.ShortestSeconds(0, volume, limits.VolumeFullRangeSeconds));
        return new SessionState
        {
            Preset = preset,
            Limits = limits,
            PhaseChangedAt = now,
            PresetChangedAt = now,
            Darkness = Ramp.Steady(darkness),
            Volume = new Ramp(0, volume, now, fadeIn),
            CheckInIntervalSeconds = Math.Max(0, preset.CheckIn.IntervalMinutes * 60),
            Breathing = preset.Breathing.Enabled && BreathingPatternsFor(preset, null, out var pattern, out _)
                ? new BreathingState(pattern, now, new Ramp(0, 1, now, BreathingFadeSeconds), null)
                : null,
        };
    }

    public Transition Apply(SessionState state, SessionCommand command, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        var advanced = Advance(state, now);
        state = advanced.State;

        var decision = state.RecentCommandIds.Contains(command.Id) && command is not RequestHelp
            ? Decision.Reject(state, $"command id '{command.Id}' was already received; a repeated command is ignored")
            : Decide(state, command, now);

        var next = decision.State;
        if (decision.Outcome != CommandOutcome.Rejected && !ReferenceEquals(next, state))
        {
            next = next with { Sequence = state.Sequence + 1 };
        }

        next = next with { RecentCommandIds = next.RecentCommandIds.Add(command.Id) };

        var events = ImmutableArray.CreateBuilder<SessionEvent>(advanced.Events.Length + 2);
        events.AddRange(advanced.Events);
        events.Add(new CommandAcknowledged(now, command.Id, decision.Outcome, decision.Reason));
        if (decision.Event is not null)
        {
            events.Add(decision.Event);
        }

        return new Transition(next, events.ToImmutable());
    }

    /// <summary>Lets time pass: timeouts, fades that finish, scheduled check-ins. Allocates nothing when nothing is due.</summary>
    public static Transition Advance(SessionState state, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var checkInMissed = state.CheckIn is { } pending && now >= pending.DeadlineAt;
        var messageOver = state.Message is { } message && now >= message.Until;
        var presetFadeOver = state.PreviousPreset is not null && now >= state.PresetBlend.EndsAt;
        var returnOver = state.Phase == SessionPhase.Return && now >= state.ReturnEndsAt;
        var checkInDue = state.Phase == SessionPhase.Dosing && now >= state.NextCheckInAt && (state.CheckIn is null || checkInMissed);
        if (!(checkInMissed || messageOver || presetFadeOver || returnOver || checkInDue))
        {
            return Transition.Unchanged(state);
        }

        var events = ImmutableArray.CreateBuilder<SessionEvent>(2);
        var next = state;
        if (checkInMissed)
        {
            events.Add(new CheckInMissed(now, state.CheckIn!.Id, state.CheckIn.AskedAt));
            next = next with { CheckIn = null };
        }

        if (messageOver)
        {
            next = next with { Message = null };
        }

        if (presetFadeOver)
        {
            next = next with { PreviousPreset = null };
        }

        if (returnOver)
        {
            events.Add(new PhaseChanged(now, SessionPhase.Return, SessionPhase.Ended));
            next = next with { Phase = SessionPhase.Ended, PreviousPhase = SessionPhase.Return, PhaseChangedAt = now, ReturnEndsAt = null };
        }

        if (checkInDue)
        {
            next = Ask(next, now, null, null, out var asked);
            next = next with { NextCheckInAt = now + next.CheckInIntervalSeconds };
            events.Add(asked);
        }

        return new Transition(next with { Sequence = state.Sequence + 1 }, events.ToImmutable());
    }

    private Decision Decide(SessionState state, SessionCommand command, double now) => command switch
    {
        LoadPreset c => Load(state, c, now),
        SetDarkness c => Darken(state, c, now),
        SetVolume c => ChangeVolume(state, c, now),
        StartBreathing c => BeginBreathing(state, c, now),
        StopBreathing => EndBreathing(state, now),
        RequestCheckIn c => CheckInNow(state, c, now),
        SetCheckInInterval c => ScheduleCheckIns(state, c, now),
        AnswerCheckIn c => Answer(state, c, now),
        RequestHelp c => Help(state, c, now),
        ShowMessage c => Show(state, c, now),
        ClearMessage => Decision.Apply(state with { Message = null }, "message cleared"),
        SetPhase c => ChangePhase(state, c, now),
        EndSession c => Return(state, c.ReturnSeconds, now),
        _ => Decision.Reject(state, $"'{command.GetType().Name}' is not a command this headset knows"),
    };
}
