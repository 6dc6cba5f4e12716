using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>Turns session state and events into the messages a headset publishes.</summary>
public static class SessionMessages
{
    public static StateMessage State(SessionState state, double now, SessionClock clock)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new StateMessage
        {
            Sequence = state.Sequence,
            At = clock.ToWall(now),
            Phase = ProtocolNames.Of(state.Phase),
            PhaseSince = clock.ToWall(state.PhaseChangedAt),
            PresetId = state.Preset.Id,
            Darkness = View(state.Darkness, now, clock),
            Volume = View(state.Volume, now, clock),
            VolumeCeiling = state.Limits.VolumeCeiling,
            BreathingPattern = state.Breathing?.Pattern.Name,
            BreathingOn = state.Breathing?.IsOn ?? false,
            CheckInId = state.CheckIn?.Id,
            CheckInPrompt = state.CheckIn?.Prompt,
            CheckInDeadline = state.CheckIn is { } c ? clock.ToWall(c.DeadlineAt) : null,
            CheckInIntervalMinutes = state.CheckInIntervalSeconds / 60,
            LastAnswer = state.LastAnswer is { } a ? ProtocolNames.Of(a.Answer) : null,
            LastAnswerAt = state.LastAnswer is { } answered ? clock.ToWall(answered.At) : null,
            Message = state.Message?.Text,
            DosingStartedAt = state.DosingStartedAt is { } d ? clock.ToWall(d) : null,
            HeadsetOff = state.HeadsetRemovedAt is not null,
            HeadsetRemovedAt = state.HeadsetRemovedAt is { } removed ? clock.ToWall(removed) : null,
        };
    }

    /// <summary>The message for an event, or null for acknowledgements (they go out as <see cref="AckMessage"/>).</summary>
    public static EventMessage? Event(SessionEvent sessionEvent, string eventId, SessionClock clock) => sessionEvent switch
    {
        CheckInAsked e => new EventMessage { Id = eventId, Type = EventTypes.CheckInAsked, At = clock.ToWall(e.At), CheckInId = e.CheckInId, Prompt = e.Prompt },
        CheckInAnswered e => new EventMessage
        {
            Id = eventId, Type = EventTypes.CheckInAnswered, At = clock.ToWall(e.At), CheckInId = e.CheckInId,
            Answer = ProtocolNames.Of(e.Answer), AskedAt = clock.ToWall(e.AskedAt),
        },
        CheckInMissed e => new EventMessage { Id = eventId, Type = EventTypes.CheckInMissed, At = clock.ToWall(e.At), CheckInId = e.CheckInId, AskedAt = clock.ToWall(e.AskedAt) },
        HelpRequested e => new EventMessage { Id = eventId, Type = EventTypes.HelpRequested, At = clock.ToWall(e.At), Source = e.Source, Phase = ProtocolNames.Of(e.Phase) },
        PhaseChanged e => new EventMessage { Id = eventId, Type = EventTypes.PhaseChanged, At = clock.ToWall(e.At), From = ProtocolNames.Of(e.From), To = ProtocolNames.Of(e.To) },
        HeadsetRemoved e => new EventMessage { Id = eventId, Type = EventTypes.HeadsetRemoved, At = clock.ToWall(e.At), Phase = ProtocolNames.Of(e.Phase) },
        HeadsetWorn e => new EventMessage { Id = eventId, Type = EventTypes.HeadsetWorn, At = clock.ToWall(e.At), RemovedAt = clock.ToWall(e.RemovedAt) },
        _ => null,
    };

    public static AckMessage Ack(CommandAcknowledged ack, long sequence, SessionClock clock)
    {
        ArgumentNullException.ThrowIfNull(ack);
        return new AckMessage { CommandId = ack.CommandId, Outcome = ProtocolNames.Of(ack.Outcome), Reason = ack.Reason, Sequence = sequence, At = clock.ToWall(ack.At) };
    }

    private static RampView View(Ramp ramp, double now, SessionClock clock)
    {
        var moving = ramp.IsMovingAt(now);
        return new RampView(Math.Round(ramp.ValueAt(now), 4), ramp.Target, moving ? clock.ToWall(ramp.EndsAt) : null)
        {
            From = moving ? ramp.From : null,
            StartedAt = moving ? clock.ToWall(ramp.StartsAt) : null,
        };
    }
}
