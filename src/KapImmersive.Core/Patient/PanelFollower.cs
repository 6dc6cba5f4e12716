namespace KapImmersive.Core.Patient;

/// <summary>
/// Keeps the check-in prompt in view without locking it to the head: it rests while the gaze stays near it and, once
/// the gaze has wandered past <see cref="RestDegrees"/>, glides after it (an eased follow over about a second), so the
/// prompt never jerks and never sticks to the face. Only the turn about the vertical is followed; it stays level.
/// </summary>
public sealed class PanelFollower
{
    public const float DistanceMetres = 1.5f;
    public const float BelowEyesMetres = 0.08f;
    public const float RestDegrees = 12;
    public const float SettleDegrees = 1;
    public const float FollowSecondsConstant = 0.45f;

    private float _yaw = float.NaN;
    private bool _following;

    /// <summary>The prompt straight ahead of the gaze: where it appears, and what a still picture shows.</summary>
    public static PanelPose AtGaze(HeadPose head) => Place(head, YawOf(head));

    public PanelPose Follow(HeadPose head, double elapsedSeconds)
    {
        var gaze = YawOf(head);
        if (float.IsNaN(_yaw))
        {
            _yaw = gaze;
        }

        var apart = Difference(gaze, _yaw);
        var apartDegrees = MathF.Abs(apart) * 180 / MathF.PI;
        _following = _following ? apartDegrees > SettleDegrees : apartDegrees > RestDegrees;
        if (_following)
        {
            var share = 1 - MathF.Exp(-(float)elapsedSeconds / FollowSecondsConstant);
            _yaw += apart * share;
        }

        return Place(head, _yaw);
    }

    /// <summary>Forgets where the prompt was, so the next one appears ahead of the gaze.</summary>
    public void Reset() => _yaw = float.NaN;

    private static PanelPose Place(HeadPose head, float yaw)
    {
        var pose = new PanelPose(default, yaw);
        var centre = head.Position - (pose.Facing * DistanceMetres);
        centre.Y -= BelowEyesMetres;
        return pose with { Centre = centre };
    }

    private static float YawOf(HeadPose head)
    {
        var forward = head.Forward;
        return MathF.Atan2(-forward.X, -forward.Z);
    }

    private static float Difference(float to, float from)
    {
        var d = (to - from) % MathF.Tau;
        return d > MathF.PI ? d - MathF.Tau : d < -MathF.PI ? d + MathF.Tau : d;
    }
}
