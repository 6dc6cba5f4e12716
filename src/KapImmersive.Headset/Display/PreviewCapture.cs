using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Display;

/// <summary>
/// The console's preview of what the patient sees: the mono view from between the eyes, drawn on request into a small
/// framebuffer of its own (never the eyes' images: on a headset they belong to its compositor), read back and encoded
/// as a JPEG under the clinic's size cap. It runs at most once a second, so its allocations never touch the frame budget.
/// </summary>
public sealed class PreviewCapture : IDisposable
{
    /// <summary>Small and 16:9: enough to see the room and a prompt at a glance.</summary>
    public const int Width = 320;

    public const int Height = 180;

    private readonly RoomRenderer _renderer;
    private readonly TextureFramebuffer _target;
    private readonly byte[] _pixels = new byte[Width * Height * 4];

    public PreviewCapture(IGl gl, RoomRenderer renderer)
    {
        _renderer = renderer;
        _target = TextureFramebuffer.Create(gl, Width, Height);
    }

    /// <returns>The JPEG, or null when even the lowest quality is over <paramref name="maxBytes"/>.</returns>
    public byte[]? Capture(in SceneFrame frame, in PatientView view, int maxBytes)
    {
        _renderer.Draw(frame, PreviewCamera.View(view.Head, Width, Height), _target, view.Panel, GazeDwell.None);
        _target.ReadPixels(_pixels);
        return PreviewEncoder.Encode(_pixels, Width, Height, maxBytes);
    }

    public void Dispose() => _target.Dispose();
}
