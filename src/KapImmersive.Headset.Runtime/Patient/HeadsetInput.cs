using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>
/// The patient in a headset (OpenXR or WebXR): the head pose the headset located for this frame, head gaze for dwell,
/// and the one button (a controller's trigger, a pinch, Vision Pro's gaze-and-pinch) and help, set by the headset's
/// frame loop before each frame. The button answers what the gaze rests on, or "okay" when it rests on nothing.
/// </summary>
public sealed class HeadsetInput(Func<bool> promptShown, string pressSource) : IPatientInput
{
    private readonly HeadGaze _gaze = new();

    public HeadPose Head { get; set; } = HeadPose.Seated;

    public bool SelectPressed { get; set; }

    public bool HelpPressed { get; set; }

    public PatientSample Sample(double now)
    {
        var gazed = _gaze.On(Head, promptShown());
        var pressed = HelpPressed ? PatientChoice.Help
            : SelectPressed ? (gazed == PatientChoice.None ? PatientChoice.Okay : gazed)
            : PatientChoice.None;
        SelectPressed = HelpPressed = false;
        return new PatientSample(Head, gazed, pressed, pressed == PatientChoice.None ? "" : pressSource);
    }
}
