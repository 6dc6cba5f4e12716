using System.Numerics;
using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Patient;

/// <summary>One reading of the patient's input: the head's pose, what the gaze rests on, and a button or key pressed now.</summary>
public readonly record struct PatientSample(Vector3 HeadPosition, Quaternion HeadOrientation, PatientChoice Gazed, PatientChoice Pressed, string PressSource)
{
    public static Vector3 SeatedHead { get; } = new(0, 1.2f, 0);

    public static PatientSample Still { get; } = new(SeatedHead, Quaternion.Identity, PatientChoice.None, PatientChoice.None, "");
}
