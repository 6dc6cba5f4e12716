namespace KapImmersive.Rendering.Cameras;

/// <summary>
/// One eye's field of view as four angles in radians from its centre, the way OpenXR reports it (left and down
/// negative); headset lenses are often asymmetric.
/// </summary>
public readonly record struct FieldOfView(float AngleLeft, float AngleRight, float AngleUp, float AngleDown)
{
    /// <summary>About a Quest 3 eye (1832 x 1920): roughly 98 degrees across and 100 up and down.</summary>
    public static FieldOfView HeadsetEye { get; } = new(-0.855f, 0.855f, 0.876f, -0.876f);

    /// <summary>A symmetric view for a flat picture of the given aspect (width / height).</summary>
    public static FieldOfView Symmetric(float horizontalDegrees, float aspect)
    {
        var halfWidth = MathF.Tan(horizontalDegrees * MathF.PI / 360);
        var halfHeight = halfWidth / aspect;
        return new FieldOfView(-MathF.Atan(halfWidth), MathF.Atan(halfWidth), MathF.Atan(halfHeight), -MathF.Atan(halfHeight));
    }

    public float VerticalRadians => AngleUp - AngleDown;
}
