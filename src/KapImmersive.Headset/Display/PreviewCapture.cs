using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Panels;
using Silk.NET.OpenGL;

namespace KapImmersive.Headset.Display;

/// <summary>
/// The console's preview of what the patient sees: the mono view from between the eyes, drawn on request into a small
/// framebuffer of its own (never the eyes' images) and read back into a buffer kept for it, so a capture allocates nothing.
/// </summary>
public sealed class PreviewCapture : IDisposable
{
    private readonly RoomRenderer _renderer;
    private readonly TextureFramebuffer _target;
    private readonly byte[] _pixels;

    public PreviewCapture(GL gl, RoomRenderer renderer, int width, int height)
    {
        _renderer = renderer;
        _target = TextureFramebuffer.Create(gl, width, height);
        _pixels = new byte[width * height * 4];
    }

    public int Width => _target.Width;

    public int Height => _target.Height;

    /// <returns>RGBA, rows top-down; valid until the next capture.</returns>
    public ReadOnlySpan<byte> Capture(in SceneFrame frame, HeadPose head, PanelPose panel)
    {
        _renderer.Draw(frame, PreviewCamera.View(head, Width, Height), _target, panel, GazeDwell.None);
        _target.ReadPixels(_pixels);
        return _pixels;
    }

    public void Dispose() => _target.Dispose();
}
