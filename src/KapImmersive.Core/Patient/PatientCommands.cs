using System.Globalization;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Patient;

/// <summary>Turns a patient's choice into the session command it means, numbering them so each id is unique.</summary>
public sealed class PatientCommands
{
    private long _count;

    /// <summary>The command for <paramref name="choice"/> now, or null when it means nothing (an answer with no prompt showing).</summary>
    public SessionCommand? For(PatientChoice choice, SessionState state, string source)
    {
        ArgumentNullException.ThrowIfNull(state);
        var id = string.Create(CultureInfo.InvariantCulture, $"patient-{++_count}");
        return choice switch
        {
            PatientChoice.Help => new RequestHelp(id, SessionReducer.PatientIssuer, source),
            PatientChoice.Okay when state.CheckIn is { } c => new AnswerCheckIn(id, SessionReducer.PatientIssuer, c.Id, CheckInAnswer.Okay),
            PatientChoice.NotOkay when state.CheckIn is { } c => new AnswerCheckIn(id, SessionReducer.PatientIssuer, c.Id, CheckInAnswer.NotOkay),
            _ => null,
        };
    }
}
