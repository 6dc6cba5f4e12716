using System.Globalization;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>Checks a decoded command's envelope and arguments and builds the session command.</summary>
internal static class CommandArgsReader
{
    private const double MaxSeconds = 3600;

    public static CommandReadResult Build(CommandMessage m)
    {
        var id = m.Id;
        if (m.V != ProtocolLimits.Version)
        {
            return Refuse(id, $"protocol version {m.V} is not supported; this headset speaks v{ProtocolLimits.Version}");
        }

        if (!IsToken(id))
        {
            return Refuse(null, $"$.id: a command id is 1-{ProtocolLimits.MaxCommandIdLength} visible characters without spaces");
        }

        if (!IsToken(m.Issuer))
        {
            return Refuse(id, $"$.issuer: an issuer is 1-{ProtocolLimits.MaxCommandIdLength} visible characters without spaces");
        }

        var a = m.Args ?? new CommandArgs();
        string? error = null;
        SessionCommand? command = m.Type switch
        {
            CommandTypes.LoadPreset => Topics.IsValidId(a.PresetId) ? new LoadPreset(id, m.Issuer, a.PresetId) : Fail(out error, "args.presetId: a preset id is lowercase letters, digits, '-' or '_'"),
            CommandTypes.SetDarkness => Level(a, "darkness goes from 0 (clear) to 1 (fully dark)", out error) is { } d ? new SetDarkness(id, m.Issuer, d, a.Seconds) : null,
            CommandTypes.SetVolume => Level(a, "volume goes from 0 (silent) to 1 (full)", out error) is { } v ? new SetVolume(id, m.Issuer, v, a.Seconds) : null,
            CommandTypes.StartBreathing => new StartBreathing(id, m.Issuer, a.Pattern),
            CommandTypes.StopBreathing => new StopBreathing(id, m.Issuer),
            CommandTypes.RequestCheckIn => new RequestCheckIn(id, m.Issuer, a.Prompt, a.TimeoutSeconds),
            CommandTypes.SetCheckInInterval => a.Minutes is { } minutes ? new SetCheckInInterval(id, m.Issuer, minutes) : Fail(out error, "args.minutes is required (0 turns check-ins off)"),
            CommandTypes.AnswerCheckIn => Answer(id, m.Issuer, a, out error),
            CommandTypes.RequestHelp => new RequestHelp(id, m.Issuer, a.Source ?? "remote"),
            CommandTypes.ShowMessage => a.Text is { } text ? new ShowMessage(id, m.Issuer, text, a.Seconds) : Fail(out error, "args.text is required"),
            CommandTypes.ClearMessage => new ClearMessage(id, m.Issuer),
            CommandTypes.SetPhase => ProtocolNames.TryParsePhase(a.Phase, out var phase) ? new SetPhase(id, m.Issuer, phase) : Fail(out error, $"args.phase: '{a.Phase}' is not a phase; use one of {ProtocolNames.PhaseNames}"),
            CommandTypes.EndSession => new EndSession(id, m.Issuer, a.Seconds),
            CommandTypes.ReportHeadsetWorn => Fail(out error, "reportHeadsetWorn comes from the headset itself, which alone knows whether it is worn; a console cannot send it"),
            _ => Fail(out error, $"unknown command type '{m.Type}'; known types: {CommandTypes.Names}"),
        };

        if (command is null)
        {
            return Refuse(id, error ?? "invalid command");
        }

        return Seconds(a) is { } secondsError ? Refuse(id, secondsError) : new CommandReadResult(command, id, null);
    }

    private static double? Level(CommandArgs a, string range, out string? error)
    {
        error = a.Level switch
        {
            null => $"args.level is required; {range}",
            { } l when !double.IsFinite(l) || l < 0 || l > 1 => string.Create(CultureInfo.InvariantCulture, $"args.level: {l} is out of range; {range}"),
            _ => null,
        };
        return error is null ? a.Level : null;
    }

    private static string? Seconds(CommandArgs a)
    {
        foreach (var (name, value) in new[] { ("seconds", a.Seconds), ("timeoutSeconds", a.TimeoutSeconds) })
        {
            if (value is { } s && (!double.IsFinite(s) || s < 0 || s > MaxSeconds))
            {
                return string.Create(CultureInfo.InvariantCulture, $"args.{name}: {s} is out of range; use 0 to {MaxSeconds}");
            }
        }

        return null;
    }

    private static SessionCommand? Answer(string id, string issuer, CommandArgs a, out string? error)
    {
        error = null;
        if (string.IsNullOrEmpty(a.CheckInId))
        {
            return Fail(out error, "args.checkInId is required");
        }

        return ProtocolNames.TryParseAnswer(a.Answer, out var answer)
            ? new AnswerCheckIn(id, issuer, a.CheckInId, answer)
            : Fail(out error, $"args.answer: '{a.Answer}' is not an answer; use okay or notOkay");
    }

    private static bool IsToken(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= ProtocolLimits.MaxCommandIdLength && text.All(c => c > ' ' && c < 127);

    private static CommandReadResult Refuse(string? id, string error) => CommandReadResult.Refused(id, error);

    private static SessionCommand? Fail(out string? error, string message)
    {
        error = message;
        return null;
    }
}
