using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Frames;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Panels;

namespace KapImmersive.Headset.Window;

/// <summary>
/// The desktop preview: the mono view from between the patient's eyes drawn into an X11 window every frame and
/// swapped, with the window's keys as the patient's input. Made on the frame loop's thread, used only there.
/// </summary>
public sealed class WindowDisplay : IHeadsetDisplay
{
    public const int DefaultWidth = 960;
    public const int DefaultHeight = 540;
    public const string Title = "KapImmersive - patient view (O/1 okay, N/2 not okay, H/space help, arrows look)";

    private readonly X11Window _window;
    private readonly WindowGlContext _context;
    private readonly RoomRenderer _renderer;
    private readonly WindowTarget _target;
    private readonly PreviewCapture _preview;
    private readonly PanelFollower _panel = new();
    private double _lastTime = double.NaN;
    private PanelPose _panelPose;
    private HeadPose _head = HeadPose.Seated;

    private WindowDisplay(X11Window window, WindowGlContext context, int previewWidth, int previewHeight)
    {
        _window = window;
        _context = context;
        _renderer = new RoomRenderer(context.Gl, context.Flavour);
        _target = new WindowTarget(window.Width, window.Height);
        _preview = new PreviewCapture(context.Gl, _renderer, previewWidth, previewHeight);
        Keyboard = new KeyboardInput(window);
    }

    /// <summary>The window's keys as the patient's input; it pumps the window's events when sampled.</summary>
    public KeyboardInput Keyboard { get; }

    public string Renderer => _context.Renderer;

    public int EyeWidth => _target.Width;

    public int EyeHeight => _target.Height;

    public int PreviewWidth => _preview.Width;

    public int PreviewHeight => _preview.Height;

    /// <summary>True once the window's close button was pressed: time to bring the patient back gently, then end.</summary>
    public bool CloseRequested => _window.CloseRequested;

    /// <summary>The X window, for tools and tests that look at it from outside.</summary>
    public nuint WindowHandle => _window.Handle;

    /// <summary>Opens the window on <paramref name="displayName"/> (or $DISPLAY) with a GL context current on this thread.</summary>
    public static WindowDisplay Open(RenderingOptions options, int previewWidth, int previewHeight,
        int width = DefaultWidth, int height = DefaultHeight, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var window = X11Window.Open(Title, width, height, displayName);
        try
        {
            return new WindowDisplay(window, WindowGlContext.Create(window, options.Flavour), previewWidth, previewHeight);
        }
        catch
        {
            window.Dispose();
            throw;
        }
    }

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _window.Pump();
        _target.Width = _window.Width;
        _target.Height = _window.Height;
        _head = new HeadPose(patient.HeadPosition, patient.HeadOrientation);
        var elapsed = double.IsNaN(_lastTime) ? 0 : frame.Time - _lastTime;
        _lastTime = frame.Time;
        if (!frame.PromptVisible)
        {
            _panel.Reset();
        }

        _panelPose = _panel.Follow(_head, elapsed);
        var dwell = new GazeDwell(patient.Gazed, patient.DwellProgress);
        _renderer.Draw(frame, PreviewCamera.View(_head, _target.Width, _target.Height), _target, _panelPose, dwell);
        _context.Swap();
    }

    public ReadOnlySpan<byte> CapturePreview(in SceneFrame frame) => _preview.Capture(frame, _head, _panelPose);

    public void Dispose()
    {
        _preview.Dispose();
        _renderer.Dispose();
        _context.Dispose();
        _window.Dispose();
    }
}
