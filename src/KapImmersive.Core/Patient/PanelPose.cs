using System.Numerics;

namespace KapImmersive.Core.Patient;

/// <summary>Where a panel hangs: its centre in the room and the way it faces (turned about the vertical only, so text stays level).</summary>
public readonly record struct PanelPose(Vector3 Centre, float YawRadians)
{
    public Vector3 Right => new(MathF.Cos(YawRadians), 0, -MathF.Sin(YawRadians));

    public Vector3 Facing => new(MathF.Sin(YawRadians), 0, MathF.Cos(YawRadians));
}
