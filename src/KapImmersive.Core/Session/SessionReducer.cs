using System.Collections.Immutable;
using KapImmersive.Core.Commands;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

/// <summary>
/// The one place a session changes: applies a command, or the passing of time, at a given instant and returns
/// the new state with the events to publish. Every safety rule is enforced here, so no caller can bypass it: each command
/// is checked by its catalogue entry (the same check the wire and the console use), then carried out by the entry's handling.
/// </summary>
public sealed partial class SessionReducer(PresetCatalog presets, CommandCatalogue commands)
{
    public const string PatientIssuer = "patient";

    /// <summary>What a help request's source becomes when the one given cannot be shown.</summary>
    public const string UnknownHelpSource = "unknown";

    /// <summary>A session starts silent and fades its music in over this long.</summary>
    public const double FadeInSeconds = 10;

    public SessionReducer(PresetCatalog presets)
        : this(presets, CommandCatalogue.Standard)
    {
    }

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

    /// <summary>
    /// Lets time pass: timeouts, fades that finish, scheduled check-ins, each handled at the moment it fell due even
    /// when time jumps ahead (a simulated or offline session). Allocates nothing when nothing is due.
    /// </summary>
    public static Transition Advance(SessionState state, double now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (NextDue(state) is not { } due || due > now)
        {
            return Transition.Unchanged(state);
        }

        var events = ImmutableArray.CreateBuilder<SessionEvent>(2);
        var next = state;
        var cursor = due;
        while (NextDue(next) is { } at && at <= now)
        {
            cursor = Math.Max(cursor, at);
            next = Step(next, cursor, events);
        }

        return new Transition(next with { Sequence = state.Sequence + 1 }, events.ToImmutable());
    }

    private static double? NextDue(SessionState state)
    {
        var due = Earliest(state.CheckIn?.DeadlineAt, state.Message?.Until);
        due = Earliest(due, state.PreviousPreset is null ? null : state.PresetBlend.EndsAt);
        due = Earliest(due, state.Phase == SessionPhase.Return ? state.ReturnEndsAt : null);
        var asking = state.Phase == SessionPhase.Dosing && state.CheckIn is null && state.HeadsetRemovedAt is null;
        return Earliest(due, asking ? state.NextCheckInAt : null);
    }

    private static double? Earliest(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>Handles one thing that is due at <paramref name="at"/>.</summary>
    private static SessionState Step(SessionState state, double at, ImmutableArray<SessionEvent>.Builder events)
    {
        if (state.CheckIn is { } pending && pending.DeadlineAt <= at)
        {
            events.Add(new CheckInMissed(at, pending.Id, pending.AskedAt));
            return state with { CheckIn = null };
        }

        if (state.Message is { } message && message.Until <= at)
        {
            return state with { Message = null };
        }

        if (state.PreviousPreset is not null && state.PresetBlend.EndsAt <= at)
        {
            return state with { PreviousPreset = null };
        }

        if (state.Phase == SessionPhase.Return && state.ReturnEndsAt <= at)
        {
            events.Add(new PhaseChanged(at, SessionPhase.Return, SessionPhase.Ended));
            return state with { Phase = SessionPhase.Ended, PreviousPhase = SessionPhase.Return, PhaseChangedAt = at, ReturnEndsAt = null };
        }

        var next = Ask(state, at, null, null, out var asked);
        events.Add(asked);
        return next with { NextCheckInAt = at + next.CheckInIntervalSeconds };
    }

    private Decision Decide(SessionState state, SessionCommand command, double now)
    {
        if (commands.Find(command) is not { } entry)
        {
            return Decision.Reject(state, $"'{command.GetType().Name}' is not a command this headset knows");
        }

        // Help is never refused: a press whose source the catalogue would not take (empty, too long) still reaches the clinician.
        if (command is RequestHelp help && entry.Problem(help) is not null)
        {
            command = help with { Source = UnknownHelpSource };
        }

        return entry.Problem(command) is { } problem
            ? Decision.Reject(state, problem)
            : entry.Apply(state, command, new CommandContext(now, presets));
    }
}
