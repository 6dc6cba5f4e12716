using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Xr.Native;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// Draws each frame into the eyes' swapchain images with the views the runtime located for it. The room's seated
/// head height is where the runtime's first located head stands, so a patient's posture never moves the room. The
/// console's preview is drawn apart, as in the headless display: the swapchain images belong to the runtime's compositor.
/// </summary>
internal sealed class XrDisplay : IDisposable
{
    private readonly IGl _gl;
    private readonly RoomRenderer _renderer;
    private readonly XrSession _session;
    private readonly XrView[] _views;
    private readonly PreviewCapture _preview;
    private Vector3? _origin;

    public XrDisplay(IGl gl, RoomRenderer renderer, XrSession session, XrView[] views)
    {
        _gl = gl;
        _renderer = renderer;
        _session = session;
        _views = views;
        _preview = new PreviewCapture(gl, renderer);
    }

    /// <summary>Whether the runtime wants pictures this frame (false while the session is only synchronized).</summary>
    public bool ShouldRender { get; set; }

    public string Renderer => _gl.GetString(GlConstants.Renderer);

    public int EyeWidth => _session.Eyes[0].Width;

    public int EyeHeight => _session.Eyes[0].Height;

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        if (!ShouldRender)
        {
            return;
        }

        for (var eye = 0; eye < 2; eye++)
        {
            var view = _views[eye];
            var fov = new FieldOfView(view.Fov.AngleLeft, view.Fov.AngleRight, view.Fov.AngleUp, view.Fov.AngleDown);
            var target = _session.Eyes[eye].Acquire();
            _renderer.Draw(frame, EyeView.Create(ToRoom(view.Pose.Position), view.Pose.Orientation, fov), target, patient.Panel, patient.Dwell);
            _session.Eyes[eye].Release();
        }

        _gl.Flush();
    }

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => _preview.Capture(frame, view, maxBytes);

    /// <summary>Where the runtime's position is in the room (the first located head sits at the seated height).</summary>
    public Vector3 ToRoom(Vector3 runtimePosition)
    {
        _origin ??= runtimePosition;
        return runtimePosition - _origin.Value + HeadPose.Seated.Position;
    }

    public void Dispose() => _preview.Dispose();
}
