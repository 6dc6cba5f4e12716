using System.Collections.Frozen;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>The wire name of every command type, and which of <see cref="CommandArgs"/> each one takes.</summary>
public static class CommandTypes
{
    public const string LoadPreset = "loadPreset";
    public const string SetDarkness = "setDarkness";
    public const string SetVolume = "setVolume";
    public const string StartBreathing = "startBreathing";
    public const string StopBreathing = "stopBreathing";
    public const string RequestCheckIn = "requestCheckIn";
    public const string SetCheckInInterval = "setCheckInInterval";
    public const string AnswerCheckIn = "answerCheckIn";
    public const string RequestHelp = "requestHelp";
    public const string ShowMessage = "showMessage";
    public const string ClearMessage = "clearMessage";
    public const string SetPhase = "setPhase";
    public const string EndSession = "endSession";

    /// <summary>The headset's own report of whether it is worn: written to its log, refused from the wire.</summary>
    public const string ReportHeadsetWorn = "reportHeadsetWorn";

    /// <summary>Each type a console may send, with its arguments, required ones first and optional ones in brackets; shown in errors and help.</summary>
    public static FrozenDictionary<string, string> Usage { get; } = new Dictionary<string, string>
    {
        [LoadPreset] = "presetId",
        [SetDarkness] = "level (0..1) [seconds]",
        [SetVolume] = "level (0..1) [seconds]",
        [StartBreathing] = "[pattern]",
        [StopBreathing] = "",
        [RequestCheckIn] = "[prompt] [timeoutSeconds]",
        [SetCheckInInterval] = "minutes (0 = off)",
        [AnswerCheckIn] = "checkInId answer (okay|notOkay)",
        [RequestHelp] = "[source]",
        [ShowMessage] = "text [seconds]",
        [ClearMessage] = "",
        [SetPhase] = "phase (" + ProtocolNames.PhaseNames + ")",
        [EndSession] = "[seconds]",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Names => string.Join(", ", Usage.Keys.Order(StringComparer.Ordinal));

    public static string NameOf(SessionCommand command) => command switch
    {
        Session.LoadPreset => LoadPreset,
        Session.SetDarkness => SetDarkness,
        Session.SetVolume => SetVolume,
        Session.StartBreathing => StartBreathing,
        Session.StopBreathing => StopBreathing,
        Session.RequestCheckIn => RequestCheckIn,
        Session.SetCheckInInterval => SetCheckInInterval,
        Session.AnswerCheckIn => AnswerCheckIn,
        Session.RequestHelp => RequestHelp,
        Session.ShowMessage => ShowMessage,
        Session.ClearMessage => ClearMessage,
        Session.SetPhase => SetPhase,
        Session.EndSession => EndSession,
        Session.ReportHeadsetWorn => ReportHeadsetWorn,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "not a wire command"),
    };
}
