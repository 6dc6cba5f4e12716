using System.Numerics;

namespace KapImmersive.Core.Patient;

/// <summary>Where the patient's head is in the room (metres, y up, looking down -z) and which way it faces.</summary>
public readonly record struct HeadPose(Vector3 Position, Quaternion Orientation)
{
    /// <summary>A seated patient looking straight ahead at the level horizon.</summary>
    public static HeadPose Seated { get; } = new(new Vector3(0, 1.2f, 0), Quaternion.Identity);

    /// <summary>The seated head turned by yaw (left positive) and pitch (up positive), in degrees.</summary>
    public static HeadPose SeatedLooking(float yawDegrees, float pitchDegrees) =>
        Seated with { Orientation = Quaternion.CreateFromYawPitchRoll(yawDegrees * MathF.PI / 180, pitchDegrees * MathF.PI / 180, 0) };

    public Vector3 Forward => Vector3.Transform(-Vector3.UnitZ, Orientation);
}
