using KapImmersive.Core.Safety;

namespace KapImmersive.Core.Session;

public sealed partial class SessionReducer
{
    /// <summary>How long the patient sees the gentle "help is coming" confirmation.</summary>
    public const double HelpConfirmationSeconds = 10;

    public const double MaxCheckInIntervalMinutes = 180;

    private static Decision CheckInNow(SessionState state, RequestCheckIn command, double now)
    {
        if (state.CheckIn is { } pending)
        {
            return Decision.Reject(state, $"check-in {pending.Id} is still waiting for the patient's answer");
        }

        if (command.Prompt is { } prompt && TextProblem(prompt, SafetyBounds.MaxPromptLength) is { } problem)
        {
            return Decision.Reject(state, $"prompt {problem}");
        }

        if (command.TimeoutSeconds is { } timeout
            && !(double.IsFinite(timeout) && timeout is >= SafetyBounds.MinCheckInTimeoutSeconds and <= SafetyBounds.MaxCheckInTimeoutSeconds))
        {
            return Decision.Reject(state, Invariant($"a check-in waits {SafetyBounds.MinCheckInTimeoutSeconds} to {SafetyBounds.MaxCheckInTimeoutSeconds} s for an answer; got {timeout}"));
        }

        var next = Ask(state, now, command.Prompt, command.TimeoutSeconds, out var asked);
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

    private static Decision ScheduleCheckIns(SessionState state, SetCheckInInterval command, double now)
    {
        if (!double.IsFinite(command.Minutes) || command.Minutes is < 0 or > MaxCheckInIntervalMinutes)
        {
            return Decision.Reject(state, Invariant($"check-in interval must be 0 (off) to {MaxCheckInIntervalMinutes} minutes; got {command.Minutes}"));
        }

        var seconds = command.Minutes * 60;
        var next = state with
        {
            CheckInIntervalSeconds = seconds,
            NextCheckInAt = seconds > 0 && state.Phase == SessionPhase.Dosing ? now + seconds : null,
        };
        return Decision.Apply(next, seconds > 0 ? Invariant($"check-ins every {command.Minutes:0.#} min") : "automatic check-ins off");
    }

    private static Decision Answer(SessionState state, AnswerCheckIn command, double now)
    {
        if (state.CheckIn is not { } pending || pending.Id != command.CheckInId)
        {
            return Decision.Reject(state, $"check-in '{command.CheckInId}' is not waiting for an answer (already answered or missed)");
        }

        var answered = new CheckInAnswered(now, pending.Id, command.Answer, pending.AskedAt);
        return Decision.Apply(state with { CheckIn = null, LastAnswer = answered }, $"check-in {pending.Id} answered: {command.Answer}", answered);
    }

    private static Decision Help(SessionState state, RequestHelp command, double now) =>
        Decision.Apply(state with { HelpRequestedAt = now }, "help requested; the clinician is told",
            new HelpRequested(now, command.Source, state.Phase));

    private static Decision Show(SessionState state, ShowMessage command, double now)
    {
        if (TextProblem(command.Text, SafetyBounds.MaxMessageLength) is { } problem)
        {
            return Decision.Reject(state, $"message {problem}");
        }

        var seconds = command.Seconds ?? 30;
        if (!double.IsFinite(seconds) || seconds is < 5 or > 600)
        {
            return Decision.Reject(state, Invariant($"a message shows for 5 to 600 s; got {seconds}"));
        }

        return Decision.Apply(state with { Message = new ClinicianMessage(command.Text.Trim(), now, now + seconds) },
            Invariant($"message shown for {seconds:0} s"));
    }

    /// <summary>Why a text cannot be shown to the patient, or null when it can.</summary>
    private static string? TextProblem(string text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }

        if (text.Trim().Length > maxLength)
        {
            return Invariant($"is {text.Trim().Length} characters; at most {maxLength} fit on the patient's panel");
        }

        return text.Any(char.IsControl) ? "contains control characters" : null;
    }
}
