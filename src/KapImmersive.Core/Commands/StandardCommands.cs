using System.Collections.Immutable;
using System.Globalization;
using KapImmersive.Core.Breathing;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Commands;

/// <summary>The protocol's commands: one entry each, read by everything that sends, checks or carries them out.</summary>
internal static class StandardCommands
{
    public static ImmutableArray<CommandEntry> All { get; } =
    [
        new CommandEntry<LoadPreset>
        {
            Name = "loadPreset", Summary = "crossfades to another preset on this headset",
            Arguments = [CommandArgument.Text("presetId", Topics.MaxIdLength, "a preset on the headset, by its id (lowercase letters, digits, '-' or '_')", required: true,
                rule: id => Topics.IsValidId(id) ? null : "a preset id is lowercase letters, digits, '-' or '_'")],
            FromValues = (id, issuer, v) => new LoadPreset(id, issuer, v.Text("presetId")),
            ToValues = c => CommandValues.Empty.With("presetId", c.PresetId),
            Handle = SessionReducer.Load,
            Describe = c => $"load preset {c.PresetId}",
        },
        new CommandEntry<SetDarkness>
        {
            Name = "setDarkness", Summary = "deepens or lifts the eye-mask darkening, never faster than the safe ramp",
            Arguments = [Level("darkness: 0 clear, 1 fully dark"), ChangeSeconds()],
            FromValues = (id, issuer, v) => new SetDarkness(id, issuer, v.Number("level"), v.OptionalNumber("seconds")),
            ToValues = c => CommandValues.Empty.With("level", c.Level).With("seconds", c.Seconds),
            Handle = SessionReducer.Darken,
            Describe = c => Invariant($"darkness to {c.Level:0.##}") + Over(c.Seconds),
        },
        new CommandEntry<SetVolume>
        {
            Name = "setVolume", Summary = "raises or lowers the music, never faster than the safe ramp nor above the preset's ceiling",
            Arguments = [Level("volume: 0 silent, 1 full"), ChangeSeconds()],
            FromValues = (id, issuer, v) => new SetVolume(id, issuer, v.Number("level"), v.OptionalNumber("seconds")),
            ToValues = c => CommandValues.Empty.With("level", c.Level).With("seconds", c.Seconds),
            Handle = SessionReducer.ChangeVolume,
            Describe = c => Invariant($"volume to {c.Level:0.##}") + Over(c.Seconds),
        },
        new CommandEntry<StartBreathing>
        {
            Name = "startBreathing", Summary = "fades breathing guidance in, or changes its pattern when the current breath ends",
            Arguments = [CommandArgument.Text("pattern", BreathingPatterns.MaxNameLength,
                $"{BreathingPatterns.BuiltInNames}, or counts such as 4-2-6; the preset's when left out",
                rule: text => BreathingPatterns.TryParse(text, out _, out var error) ? null : error)],
            FromValues = (id, issuer, v) => new StartBreathing(id, issuer, v.OptionalText("pattern")),
            ToValues = c => CommandValues.Empty.With("pattern", c.Pattern),
            Handle = SessionReducer.BeginBreathing,
            Describe = c => $"start breathing {c.Pattern}".TrimEnd(),
        },
        new CommandEntry<StopBreathing>
        {
            Name = "stopBreathing", Summary = "fades breathing guidance out",
            FromValues = (id, issuer, _) => new StopBreathing(id, issuer),
            ToValues = _ => CommandValues.Empty,
            Handle = SessionReducer.EndBreathing,
            Describe = _ => "stop breathing",
        },
        new CommandEntry<RequestCheckIn>
        {
            Name = "requestCheckIn", Summary = "asks the patient now how they are, with two big answers",
            Arguments =
            [
                CommandArgument.Text("prompt", SafetyBounds.MaxPromptLength, "the question the patient sees; the preset's when left out"),
                CommandArgument.Number("timeoutSeconds", SafetyBounds.MinCheckInTimeoutSeconds, SafetyBounds.MaxCheckInTimeoutSeconds,
                    "seconds before an unanswered check-in counts as missed; the preset's when left out"),
            ],
            FromValues = (id, issuer, v) => new RequestCheckIn(id, issuer, v.OptionalText("prompt"), v.OptionalNumber("timeoutSeconds")),
            ToValues = c => CommandValues.Empty.With("prompt", c.Prompt).With("timeoutSeconds", c.TimeoutSeconds),
            Handle = SessionReducer.CheckInNow,
            Describe = c => $"check-in now: {c.Prompt ?? "(preset's prompt)"}",
        },
        new CommandEntry<SetCheckInInterval>
        {
            Name = "setCheckInInterval", Summary = "sets the minutes between automatic check-ins while dosing",
            Arguments = [CommandArgument.Number("minutes", 0, SafetyBounds.MaxCheckInIntervalMinutes, "minutes between check-ins; 0 turns them off", required: true)],
            FromValues = (id, issuer, v) => new SetCheckInInterval(id, issuer, v.Number("minutes")),
            ToValues = c => CommandValues.Empty.With("minutes", c.Minutes),
            Handle = SessionReducer.ScheduleCheckIns,
            Describe = c => c.Minutes == 0 ? "check-ins off" : Invariant($"check-in every {c.Minutes:0.#} min"),
        },
        new CommandEntry<AnswerCheckIn>
        {
            Name = "answerCheckIn", Summary = "answers the waiting check-in for the patient", Sender = CommandSender.Console,
            Arguments =
            [
                CommandArgument.Text("checkInId", ProtocolLimits.MaxCommandIdLength, "the check-in being answered, as checkInAsked named it", required: true),
                CommandArgument.Choice<CheckInAnswer>("answer", "the patient's answer"),
            ],
            FromValues = (id, issuer, v) => new AnswerCheckIn(id, issuer, v.Text("checkInId"), v.Choice<CheckInAnswer>("answer")),
            ToValues = c => CommandValues.Empty.With("checkInId", c.CheckInId).With("answer", c.Answer),
            Handle = SessionReducer.Answer,
            Describe = c => $"answer check-in {c.CheckInId}: {ProtocolNames.Of(c.Answer)}",
        },
        new CommandEntry<RequestHelp>
        {
            Name = "requestHelp", Summary = "asks for the clinician, as the patient's help button does", Sender = CommandSender.Console,
            Arguments = [CommandArgument.Text("source", ProtocolLimits.MaxHelpSourceLength, "what asked: button, dwell, key; remote when left out")],
            FromValues = (id, issuer, v) => new RequestHelp(id, issuer, v.OptionalText("source") ?? "remote"),
            ToValues = c => CommandValues.Empty.With("source", c.Source),
            Handle = SessionReducer.Help,
            Describe = c => $"help requested ({c.Source})",
        },
        new CommandEntry<ShowMessage>
        {
            Name = "showMessage", Summary = "shows the patient a short message from the clinician",
            Arguments =
            [
                CommandArgument.Text("text", SafetyBounds.MaxMessageLength, "the words the patient sees, on one line", required: true),
                CommandArgument.Number("seconds", SafetyBounds.MinMessageSeconds, SafetyBounds.MaxMessageSeconds,
                    Invariant($"how long it shows; {SafetyBounds.DefaultMessageSeconds} s when left out")),
            ],
            FromValues = (id, issuer, v) => new ShowMessage(id, issuer, v.Text("text"), v.OptionalNumber("seconds")),
            ToValues = c => CommandValues.Empty.With("text", c.Text).With("seconds", c.Seconds),
            Handle = SessionReducer.Show,
            Describe = c => $"message: {c.Text}",
        },
        new CommandEntry<ClearMessage>
        {
            Name = "clearMessage", Summary = "takes the clinician's message off the patient's view",
            FromValues = (id, issuer, _) => new ClearMessage(id, issuer),
            ToValues = _ => CommandValues.Empty,
            Handle = SessionReducer.Clear,
            Describe = _ => "clear message",
        },
        new CommandEntry<SetPhase>
        {
            Name = "setPhase", Summary = "moves the session to another phase; it ends only through endSession",
            Arguments = [CommandArgument.Choice<SessionPhase>("phase", "the phase to move to")],
            FromValues = (id, issuer, v) => new SetPhase(id, issuer, v.Choice<SessionPhase>("phase")),
            ToValues = c => CommandValues.Empty.With("phase", c.Phase),
            Handle = SessionReducer.ChangePhase,
            Describe = c => $"phase to {ProtocolNames.Of(c.Phase)}",
        },
        new CommandEntry<EndSession>
        {
            Name = "endSession", Summary = "brings the patient back gently: light lifts, music fades, then the session ends",
            Arguments = [CommandArgument.Number("seconds", 0, SafetyBounds.MaxReturnSeconds,
                Invariant($"how long the return takes; at least {SafetyBounds.MinReturnSeconds} s, {SafetyBounds.DefaultReturnSeconds} s when left out"))],
            FromValues = (id, issuer, v) => new EndSession(id, issuer, v.OptionalNumber("seconds")),
            ToValues = c => CommandValues.Empty.With("seconds", c.ReturnSeconds),
            Handle = SessionReducer.End,
            Describe = c => "end session with a gentle return" + Over(c.ReturnSeconds),
        },
        new CommandEntry<ReportHeadsetWorn>
        {
            Name = "reportHeadsetWorn", Summary = "the headset's own report of being taken off or put back on",
            Sender = CommandSender.Headset,
            Arguments = [CommandArgument.Flag("worn", "true when the headset is on the patient's head")],
            FromValues = (id, issuer, v) => new ReportHeadsetWorn(id, issuer, v.Flag("worn")),
            ToValues = c => CommandValues.Empty.With("worn", c.Worn),
            Handle = SessionReducer.Wear,
            Describe = c => c.Worn ? "headset on" : "headset off",
        },
    ];

    private static CommandArgument ChangeSeconds() => CommandArgument.Number("seconds", 0, SafetyBounds.MaxChangeSeconds,
        "how long the change takes; slowed when that is faster than the safe ramp");

    private static CommandArgument Level(string meaning) => CommandArgument.Number("level", 0, 1, meaning, required: true);

    private static string Over(double? seconds) => seconds is { } s ? Invariant($" over {s:0.#} s") : "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
