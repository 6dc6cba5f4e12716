namespace KapImmersive.Core.Patient;

/// <summary>
/// Which answer the patient's gaze rests on (None, Okay or NotOkay) and how far (0..1) the dwell has run. It comes from the input side
/// (gaze ray + dwell timer); the renderer only shows it as a filling ring.
/// </summary>
public readonly record struct GazeDwell(PatientChoice Target, float Progress)
{
    public static GazeDwell None => default;
}
