using KapImmersive.Core.Patient;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The patient on a headset: the head pose the runtime located for this frame, head gaze for dwell, and the
/// controllers' select and help, set by the XR frame loop before each frame.
/// </summary>
internal sealed class XrPatientInput(Func<bool> promptShown) : IPatientInput
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
        return new PatientSample(Head, gazed, pressed, pressed == PatientChoice.None ? "" : "controller");
    }
}
