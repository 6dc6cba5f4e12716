using KapImmersive.Core.Commands;
using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    /// <summary>How long the patient sees the gentle "help is coming" confirmation.</summary>
    public const double HelpConfirmationSeconds = 10;

    internal static Decision CheckInNow(SessionState state, RequestCheckIn command, CommandContext context)
    {
        if (state.CheckIn is { } pending)
        {
            return Decision.Reject(state, $"check-in {pending.Id} is still waiting for the patient's answer");
        }

        var next = Ask(state, context.Now, command.Prompt?.Trim(), command.TimeoutSeconds, out var asked);
        return Decision.Apply(next, $"check-in {asked.CheckInId} shown: \"{asked.Prompt}\"", asked);
    }

    private static SessionState Ask(SessionState state, double now, string? prompt, double? timeoutSeconds, out CheckInAsked asked)
    {
        var settings = state.Preset.CheckIn;
        var id = Invariant($"c{state.CheckInsAsked + 1}");
        var timeout = Math.Clamp(timeoutSeconds ?? settings.TimeoutSeconds, SafetyBounds.MinCheckInTimeoutSeconds, SafetyBounds.MaxCheckInTimeoutSeconds);
        var text = prompt ?? settings.Prompt;
        asked = new CheckInAsked(now, id, text);
        return state with
        {
            CheckIn = new PendingCheckIn(id, text, settings.OkLabel, settings.NotOkLabel, now, now + timeout),
            CheckInsAsked = state.CheckInsAsked + 1,
        };
    }

    internal static Decision ScheduleCheckIns(SessionState state, SetCheckInInterval command, CommandContext context)
    {
        var seconds = command.Minutes * 60;
        var next = state with
        {
            CheckInIntervalSeconds = seconds,
            NextCheckInAt = seconds > 0 && state.Phase == SessionPhase.Dosing ? context.Now + seconds : null,
        };
        return Decision.Apply(next, seconds > 0 ? Invariant($"check-ins every {command.Minutes:0.#} min") : "automatic check-ins off");
    }

    internal static Decision Answer(SessionState state, AnswerCheckIn command, CommandContext context)
    {
        if (state.CheckIn is not { } pending || pending.Id != command.CheckInId)
        {
            return Decision.Reject(state, $"check-in '{command.CheckInId}' is not waiting for an answer (already answered or missed)");
        }

        var answered = new CheckInAnswered(context.Now, pending.Id, command.Answer, pending.AskedAt);
        return Decision.Apply(state with { CheckIn = null, LastAnswer = answered }, $"check-in {pending.Id} answered: {command.Answer}", answered);
    }

    internal static Decision Help(SessionState state, RequestHelp command, CommandContext context) =>
        Decision.Apply(state with { HelpRequestedAt = context.Now }, "help requested; the clinician is told",
            new HelpRequested(context.Now, command.Source, state.Phase));

    internal static Decision Show(SessionState state, ShowMessage command, CommandContext context)
    {
        var seconds = command.Seconds ?? SafetyBounds.DefaultMessageSeconds;
        var now = context.Now;
        return Decision.Apply(state with { Message = new ClinicianMessage(command.Text.Trim(), now, now + seconds) },
            Invariant($"message shown for {seconds:0} s"));
    }

    internal static Decision Clear(SessionState state, ClearMessage command, CommandContext context) =>
        Decision.Apply(state with { Message = null }, "message cleared");
}
