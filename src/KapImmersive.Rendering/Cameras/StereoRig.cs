using System.Numerics;
using KapImmersive.Core.Patient;

namespace KapImmersive.Rendering.Cameras;

/// <summary>Two eyes from one head pose: each sits half the interpupillary distance to its side, looking the same way.</summary>
public sealed record StereoRig(float InterpupillaryMetres, FieldOfView LeftFov, FieldOfView RightFov)
{
    public const float AverageInterpupillaryMetres = 0.063f;

    public static StereoRig Headset { get; } = new(AverageInterpupillaryMetres, FieldOfView.HeadsetEye, FieldOfView.HeadsetEye);

    public EyeView EyeView(HeadPose head, Eye eye)
    {
        var side = eye == Eye.Left ? -0.5f : 0.5f;
        var position = head.Position + Vector3.Transform(new Vector3(side * InterpupillaryMetres, 0, 0), head.Orientation);
        return Cameras.EyeView.Create(position, head.Orientation, eye == Eye.Left ? LeftFov : RightFov);
    }
}
