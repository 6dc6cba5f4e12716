namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>The patient's controls: a headset's controllers and gaze, a window's keys, or a script in headless mode.</summary>
public interface IPatientInput
{
    PatientSample Sample(double now);
}
