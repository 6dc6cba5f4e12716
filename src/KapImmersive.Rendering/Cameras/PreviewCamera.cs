using KapImmersive.Core.Patient;
namespace KapImmersive.Rendering.Cameras;

/// <summary>One flat view from between the eyes, for the console's live preview and for pictures.</summary>
public static class PreviewCamera
{
    public const float HorizontalDegrees = 90;

    public static EyeView View(HeadPose head, int width, int height, float horizontalDegrees = HorizontalDegrees) =>
        EyeView.Create(head.Position, head.Orientation, FieldOfView.Symmetric(horizontalDegrees, (float)width / height));
}
