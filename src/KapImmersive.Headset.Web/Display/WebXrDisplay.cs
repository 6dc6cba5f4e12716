using System.Globalization;
using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Web.Interop;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Web.Display;

/// <summary>
/// The room in a standalone headset's browser: each frame the page's WebXR session located, drawn with the native
/// renderer and shaders over WebGL2 into each view's rectangle of the XR layer. The room's seated head height is where
/// the first located head stands, so a patient's posture never moves the room. Paced by the page's own frame
/// callback, not by a pacer of its own. The console's preview is drawn apart, into a small framebuffer.
/// </summary>
internal sealed class WebXrDisplay : IHeadsetDisplay
{
    private const int PreviewWidth = 320;
    private const int PreviewHeight = 180;

    private readonly IGl _gl;
    private readonly RoomRenderer _renderer;
    private readonly XrFrameData _frame;
    private readonly XrViewTarget[] _views;
    private readonly TextureFramebuffer _preview;
    private readonly byte[] _previewPixels = new byte[PreviewWidth * PreviewHeight * 4];
    private Vector3? _origin;

    public WebXrDisplay(IGl gl, RoomRenderer renderer, XrFrameData frame)
    {
        _gl = gl;
        _renderer = renderer;
        _frame = frame;
        var framebuffer = XrCalls.Framebuffer();
        _views = [new XrViewTarget(framebuffer), new XrViewTarget(framebuffer)];
        _preview = TextureFramebuffer.Create(gl, PreviewWidth, PreviewHeight);
    }

    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"WebXR ({_gl.GetString(GlConstants.Renderer)}), {_views[0].Width}x{_views[0].Height} an eye");

    /// <summary>The patient's input in this headset; the page sets its head pose and presses before each frame.</summary>
    public HeadsetInput? Input { get; private set; }

    public IPatientInput CreateInput(PatientInputContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Input = new HeadsetInput(() => context.State().CheckIn is not null, "controller");
    }

    /// <summary>Takes the frame the page read: the head's pose, in the room, goes to the patient's input.</summary>
    public void Locate()
    {
        if (_frame.ViewCount > 0 && Input is { } input)
        {
            input.Head = new HeadPose(ToRoom(_frame.HeadPosition), _frame.HeadOrientation);
        }
    }

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        var views = Math.Min(_frame.ViewCount, XrFrameData.MaxViews);
        for (var view = 0; view < views; view++)
        {
            var target = _views[view];
            (target.X, target.Y, target.Width, target.Height) = _frame.Viewport(view);
            var eye = EyeView.Create(ToRoom(_frame.Position(view)), _frame.Orientation(view), _frame.Fov(view));
            _renderer.Draw(frame, eye, target, patient.Panel, patient.Dwell);
        }
    }

    /// <summary>Draws this frame's preview and starts encoding it; returns the one encoded before (a picture late, at most one a second).</summary>
    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes)
    {
        _renderer.Draw(frame, PreviewCamera.View(view.Head, PreviewWidth, PreviewHeight), _preview, view.Panel, GazeDwell.None);
        _preview.ReadPixels(_previewPixels);
        XrCalls.EncodePreview(_previewPixels, PreviewWidth, PreviewHeight, maxBytes);
        return XrCalls.TakePreview();
    }

    public void Dispose()
    {
        _preview.Dispose();
        _renderer.Dispose();
    }

    private Vector3 ToRoom(Vector3 position)
    {
        _origin ??= _frame.HeadPosition;
        return position - _origin.Value + HeadPose.Seated.Position;
    }
}
