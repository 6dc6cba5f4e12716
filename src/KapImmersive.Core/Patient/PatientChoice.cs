namespace KapImmersive.Core.Patient;

/// <summary>What the patient can pick: an answer to the check-in on screen, or the help action.</summary>
public enum PatientChoice
{
    None,
    Okay,
    NotOkay,
    Help,
}
