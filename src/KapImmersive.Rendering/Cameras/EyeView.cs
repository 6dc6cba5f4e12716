using System.Numerics;

namespace KapImmersive.Rendering.Cameras;

/// <summary>
/// One camera's matrices (System.Numerics row-vector convention, uploaded to GL as they are): where the eye is, its
/// view and projection, and the same without the eye's position, for things at infinity (sky, stars).
/// </summary>
public readonly record struct EyeView(Vector3 Position, Matrix4x4 View, Matrix4x4 Projection, FieldOfView Fov)
{
    public const float Near = 0.05f;
    public const float Far = 1000f;

    public Matrix4x4 ViewProjection => View * Projection;

    /// <summary>View without translation times projection: identical for both eyes, so the sky at infinity is too.</summary>
    public Matrix4x4 RotationProjection
    {
        get
        {
            var rotation = View;
            rotation.Translation = Vector3.Zero;
            return rotation * Projection;
        }
    }

    public static EyeView Create(Vector3 position, Quaternion orientation, FieldOfView fov)
    {
        var eyeToWorld = Matrix4x4.CreateFromQuaternion(orientation) * Matrix4x4.CreateTranslation(position);
        Matrix4x4.Invert(eyeToWorld, out var view);
        return new EyeView(position, view, PerspectiveFor(fov, Far), fov);
    }

    /// <summary>View and projection reaching out to <paramref name="far"/> metres, for what lies beyond <see cref="Far"/> (the ground's outer rings).</summary>
    public Matrix4x4 ViewProjectionReaching(float far) => View * PerspectiveFor(Fov, far);

    private static Matrix4x4 PerspectiveFor(FieldOfView fov, float far) => Matrix4x4.CreatePerspectiveOffCenter(
        MathF.Tan(fov.AngleLeft) * Near, MathF.Tan(fov.AngleRight) * Near,
        MathF.Tan(fov.AngleDown) * Near, MathF.Tan(fov.AngleUp) * Near, Near, far);
}
