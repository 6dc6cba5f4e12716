using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Patient;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The patient on a headset: the head pose the runtime located for this frame, head gaze for dwell, and the
/// controllers' select and help. Gaze: the prompt panel settles in front of the head, its "okay" button to the left
/// and "not okay" to the right, so a turn of more than a few degrees from where the head was when the prompt appeared
/// rests the gaze on that side's answer.
/// </summary>
internal sealed class XrPatientInput : IPatientInput
{
    private const float GazeTurnRadians = 5 * MathF.PI / 180;
    private readonly Func<bool> _promptShown;
    private float? _promptYaw;

    /// <param name="promptShown">Whether a check-in is on screen now.</param>
    public XrPatientInput(Func<bool> promptShown) => _promptShown = promptShown;

    public Vector3 HeadPosition { get; set; } = PatientSample.SeatedHead;

    public Quaternion HeadOrientation { get; set; } = Quaternion.Identity;

    public bool SelectPressed { get; set; }

    public bool HelpPressed { get; set; }

    public PatientSample Sample(double now)
    {
        var gazed = Gaze();
        var pressed = HelpPressed ? PatientChoice.Help
            : SelectPressed ? (gazed == PatientChoice.None ? PatientChoice.Okay : gazed)
            : PatientChoice.None;
        SelectPressed = HelpPressed = false;
        return new PatientSample(HeadPosition, HeadOrientation, gazed, pressed, pressed == PatientChoice.None ? "" : "controller");
    }

    private PatientChoice Gaze()
    {
        if (!_promptShown())
        {
            _promptYaw = null;
            return PatientChoice.None;
        }

        var forward = Vector3.Transform(-Vector3.UnitZ, HeadOrientation);
        var yaw = MathF.Atan2(-forward.X, -forward.Z);
        _promptYaw ??= yaw;
        var turn = yaw - _promptYaw.Value;
        return turn > GazeTurnRadians ? PatientChoice.Okay : turn < -GazeTurnRadians ? PatientChoice.NotOkay : PatientChoice.None;
    }
}
