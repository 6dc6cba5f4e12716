using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>One reading of the patient's input: the head's pose, what the gaze rests on, and a button or key pressed now.</summary>
public readonly record struct PatientSample(HeadPose Head, PatientChoice Gazed, PatientChoice Pressed, string PressSource)
{
    public static PatientSample Still { get; } = new(HeadPose.Seated, PatientChoice.None, PatientChoice.None, "");
}
