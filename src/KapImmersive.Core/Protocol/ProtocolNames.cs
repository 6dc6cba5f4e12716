using KapImmersive.Core.Session;

namespace KapImmersive.Core.Protocol;

/// <summary>How enums are spelled on the wire: lower camel case, stable whatever C# names become.</summary>
public static class ProtocolNames
{
    public static string Of(CommandOutcome outcome) => outcome switch
    {
        CommandOutcome.Applied => "applied",
        CommandOutcome.Slowed => "slowed",
        CommandOutcome.Capped => "capped",
        CommandOutcome.Rejected => "rejected",
        _ => "timedOut",
    };

    public static string Of(SessionPhase phase) => phase switch
    {
        SessionPhase.Idle => "idle",
        SessionPhase.Preparation => "preparation",
        SessionPhase.Dosing => "dosing",
        SessionPhase.Return => "return",
        _ => "ended",
    };

    public static string Of(CheckInAnswer answer) => answer == CheckInAnswer.Okay ? "okay" : "notOkay";

    public static bool TryParseOutcome(string? text, out CommandOutcome outcome) => TryParse(text, Of, out outcome);

    public static bool TryParsePhase(string? text, out SessionPhase phase) => TryParse(text, Of, out phase);

    public static bool TryParseAnswer(string? text, out CheckInAnswer answer) => TryParse(text, Of, out answer);

    public static string PhaseNames => string.Join(", ", Enum.GetValues<SessionPhase>().Select(Of));

    private static bool TryParse<T>(string? text, Func<T, string> name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(name(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
