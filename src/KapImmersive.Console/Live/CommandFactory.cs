using System.Globalization;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;

namespace KapImmersive.Console.Live;

/// <summary>
/// Turns a dashboard request into a Core command. Only what a clinician may send; whether it is safe (ramps, caps,
/// lengths) is the headset's reducer's decision, and its ack says why.
/// </summary>
public static class CommandFactory
{
    public static bool TryCreate(CommandRequest request, string commandId, string issuer, out SessionCommand? command, out string summary)
    {
        ArgumentNullException.ThrowIfNull(request);
        command = null;
        summary = request.Type;
        switch (request.Type)
        {
            case CommandTypes.LoadPreset when request.PresetId is { Length: > 0 } preset:
                command = new LoadPreset(commandId, issuer, preset);
                summary = $"load preset {preset}";
                break;
            case CommandTypes.SetDarkness when request.Level is { } level:
                command = new SetDarkness(commandId, issuer, level, request.Seconds);
                summary = Invariant($"darkness to {level:0.##}") + Over(request.Seconds);
                break;
            case CommandTypes.SetVolume when request.Level is { } level:
                command = new SetVolume(commandId, issuer, level, request.Seconds);
                summary = Invariant($"volume to {level:0.##}") + Over(request.Seconds);
                break;
            case CommandTypes.StartBreathing:
                command = new StartBreathing(commandId, issuer, string.IsNullOrEmpty(request.Pattern) ? null : request.Pattern);
                summary = $"start breathing {request.Pattern}".TrimEnd();
                break;
            case CommandTypes.StopBreathing:
                command = new StopBreathing(commandId, issuer);
                summary = "stop breathing";
                break;
            case CommandTypes.RequestCheckIn:
                command = new RequestCheckIn(commandId, issuer, string.IsNullOrWhiteSpace(request.Prompt) ? null : request.Prompt, request.Seconds);
                summary = $"check-in now: {request.Prompt ?? "(preset's prompt)"}";
                break;
            case CommandTypes.SetCheckInInterval when request.Minutes is { } minutes:
                command = new SetCheckInInterval(commandId, issuer, minutes);
                summary = minutes == 0 ? "check-ins off" : Invariant($"check-in every {minutes:0.#} min");
                break;
            case CommandTypes.ShowMessage when request.Text is { } text:
                command = new ShowMessage(commandId, issuer, text, request.Seconds);
                summary = $"message: {text}";
                break;
            case CommandTypes.ClearMessage:
                command = new ClearMessage(commandId, issuer);
                summary = "clear message";
                break;
            case CommandTypes.SetPhase when ProtocolNames.TryParsePhase(request.Phase, out var phase):
                command = new SetPhase(commandId, issuer, phase);
                summary = $"phase to {request.Phase}";
                break;
            case CommandTypes.EndSession:
                command = new EndSession(commandId, issuer, request.Seconds);
                summary = "end session with a gentle return" + Over(request.Seconds);
                break;
            default:
                summary = $"'{request.Type}' is not a clinician's command or lacks its arguments ({Usage(request.Type)})";
                return false;
        }

        return true;
    }

    private static string Usage(string type) => CommandTypes.Usage.TryGetValue(type ?? "", out var usage) ? $"{type} {usage}".Trim() : CommandTypes.Names;

    private static string Over(double? seconds) => seconds is { } s ? Invariant($" over {s:0.#} s") : "";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
