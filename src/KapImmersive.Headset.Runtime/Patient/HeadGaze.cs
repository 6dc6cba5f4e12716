using KapImmersive.Core.Patient;

namespace KapImmersive.Headset.Runtime.Patient;

/// <summary>
/// Which answer a headset's head gaze rests on: the prompt settles in front of the head, its "okay" button to the left
/// and "not okay" to the right, so a turn of more than a few degrees from where the head was when the prompt appeared
/// rests the gaze on that side's answer. Shared by every headset whose patient answers by looking.
/// </summary>
public sealed class HeadGaze
{
    /// <summary>A small, deliberate turn: more than the head's drift while resting, less than a patient strains for.</summary>
    public const float TurnDegrees = 5;

    private float? _promptYaw;

    public PatientChoice On(HeadPose head, bool promptShown)
    {
        if (!promptShown)
        {
            _promptYaw = null;
            return PatientChoice.None;
        }

        var forward = head.Forward;
        var yaw = MathF.Atan2(-forward.X, -forward.Z);
        _promptYaw ??= yaw;
        var turn = (yaw - _promptYaw.Value) * 180 / MathF.PI;
        return turn > TurnDegrees ? PatientChoice.Okay : turn < -TurnDegrees ? PatientChoice.NotOkay : PatientChoice.None;
    }
}
