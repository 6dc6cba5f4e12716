using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Frames;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Panels;

namespace KapImmersive.Headset.Display;

/// <summary>
/// The headset's display with no screen: both eyes drawn offscreen through EGL every frame, exactly as a headset
/// would draw them, and a small mono preview read back when asked. Made on the frame loop's thread, used only there.
/// </summary>
public sealed class HeadlessDisplay : IHeadsetDisplay
{
    private readonly HeadlessGlContext _context;
    private readonly RoomRenderer _renderer;
    private readonly StereoRig _rig;
    private readonly TextureFramebuffer _left;
    private readonly TextureFramebuffer _right;
    private readonly PreviewCapture _preview;
    private readonly PanelFollower _panel = new();
    private double _lastTime = double.NaN;
    private PanelPose _panelPose;
    private HeadPose _head = HeadPose.Seated;

    public HeadlessDisplay(RenderingOptions options, int previewWidth, int previewHeight)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = HeadlessGlContext.Create(options.Flavour);
        _renderer = new RoomRenderer(_context.Gl, _context.Flavour);
        _rig = options.Rig();
        _left = TextureFramebuffer.Create(_context.Gl, options.EyeWidth, options.EyeHeight);
        _right = TextureFramebuffer.Create(_context.Gl, options.EyeWidth, options.EyeHeight);
        _preview = new PreviewCapture(_context.Gl, _renderer, previewWidth, previewHeight);
    }

    public string Renderer => _context.Renderer;

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _head = new HeadPose(patient.HeadPosition, patient.HeadOrientation);
        var elapsed = double.IsNaN(_lastTime) ? 0 : frame.Time - _lastTime;
        _lastTime = frame.Time;
        if (!frame.PromptVisible)
        {
            _panel.Reset();
        }

        _panelPose = _panel.Follow(_head, elapsed);
        var dwell = new GazeDwell(patient.Gazed, patient.DwellProgress);
        _renderer.Draw(frame, _rig.EyeView(_head, Eye.Left), _left, _panelPose, dwell);
        _renderer.Draw(frame, _rig.EyeView(_head, Eye.Right), _right, _panelPose, dwell);
        _context.Gl.Finish();
    }

    /// <summary>Reads both eyes back (for tests and tools): left then right, RGBA rows top-down.</summary>
    public (byte[] Left, byte[] Right) ReadEyes()
    {
        var left = new byte[_left.Width * _left.Height * 4];
        var right = new byte[left.Length];
        _left.ReadPixels(left);
        _right.ReadPixels(right);
        return (left, right);
    }

    /// <summary>The mono view of the last frame, drawn and read back into a buffer the display keeps (RGBA).</summary>
    public ReadOnlySpan<byte> CapturePreview(in SceneFrame frame) => _preview.Capture(frame, _head, _panelPose);

    public int PreviewWidth => _preview.Width;

    public int PreviewHeight => _preview.Height;

    public int EyeWidth => _left.Width;

    public int EyeHeight => _left.Height;

    public void Dispose()
    {
        _preview.Dispose();
        _right.Dispose();
        _left.Dispose();
        _renderer.Dispose();
        _context.Dispose();
    }
}
