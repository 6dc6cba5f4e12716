using KapImmersive.Core.Scene;
using KapImmersive.Headset.Frames;

namespace KapImmersive.Headset.Display;

/// <summary>What the headset run needs of any display (headless, window, XR): it draws each frame and gives a mono preview.</summary>
public interface IHeadsetDisplay : IFrameOutput, IDisposable
{
    string Renderer { get; }

    int EyeWidth { get; }

    int EyeHeight { get; }

    int PreviewWidth { get; }

    int PreviewHeight { get; }

    /// <summary>The mono view of <paramref name="frame"/>, read back into a buffer the display keeps (RGBA, rows top-down).</summary>
    ReadOnlySpan<byte> CapturePreview(in SceneFrame frame);
}
