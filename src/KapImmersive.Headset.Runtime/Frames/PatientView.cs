using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Frames;

/// <summary>
/// How the patient sees this frame, decided once for every display: where the head is and faces, where the check-in
/// panel hangs (it follows the gaze lazily), and which answer the gaze rests on with how far its dwell ring has filled.
/// </summary>
public readonly record struct PatientView(HeadPose Head, PanelPose Panel, GazeDwell Dwell)
{
    public static PatientView Still { get; } = new(HeadPose.Seated, PanelFollower.AtGaze(HeadPose.Seated), GazeDwell.None);
}
