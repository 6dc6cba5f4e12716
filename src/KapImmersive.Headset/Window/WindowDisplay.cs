using System.Globalization;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;

namespace KapImmersive.Headset.Window;

/// <summary>
/// The desktop preview: the mono view from between the patient's eyes drawn into an X11 window every frame and
/// swapped, paced by a timer, with the window's keys as the patient's input. Its close button asks for the gentle
/// return, as a stop does. Made on the frame loop's thread, used only there.
/// </summary>
public sealed class WindowDisplay : IPacedDisplay
{
    public const int DefaultWidth = 960;
    public const int DefaultHeight = 540;
    public const string Title = "KapImmersive - patient view (O/1 okay, N/2 not okay, H/space help, arrows look)";

    /// <summary>Why the session ends when the window's close button is pressed.</summary>
    public const string ClosedReason = "window-closed";

    private readonly X11Window _window;
    private readonly WindowGlContext _context;
    private readonly RoomRenderer _renderer;
    private readonly WindowTarget _target;
    private readonly PreviewCapture _preview;

    private WindowDisplay(X11Window window, WindowGlContext context, TimeProvider time, double framesPerSecond)
    {
        _window = window;
        _context = context;
        _renderer = new RoomRenderer(context.Gl, context.Flavour);
        _target = new WindowTarget(window.Width, window.Height);
        _preview = new PreviewCapture(context.Gl, _renderer);
        Keyboard = new KeyboardInput(window);
        Pacer = new TimerPacer(time, framesPerSecond, () => _window.CloseRequested ? ClosedReason : null);
        Description = string.Create(CultureInfo.InvariantCulture, $"window ({context.Renderer}), {framesPerSecond:0.#} frames a second");
    }

    public string Description { get; }

    public IFramePacer Pacer { get; }

    /// <summary>The window's keys as the patient's input; it pumps the window's events when sampled.</summary>
    public KeyboardInput Keyboard { get; }

    public int Width => _target.Width;

    public int Height => _target.Height;

    /// <summary>True once the window's close button was pressed: time to bring the patient back gently, then end.</summary>
    public bool CloseRequested => _window.CloseRequested;

    /// <summary>The X window, for tools and tests that look at it from outside.</summary>
    public nuint WindowHandle => _window.Handle;

    /// <summary>Opens the window on <paramref name="displayName"/> (or $DISPLAY) with a GL context current on this thread.</summary>
    public static WindowDisplay Open(RenderingOptions options, TimeProvider time, double framesPerSecond,
        int width = DefaultWidth, int height = DefaultHeight, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var window = X11Window.Open(Title, width, height, displayName);
        try
        {
            return new WindowDisplay(window, WindowGlContext.Create(window, options.Flavour), time, framesPerSecond);
        }
        catch
        {
            window.Dispose();
            throw;
        }
    }

    public IPatientInput CreateInput(PatientInputContext context) => Keyboard;

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _window.Pump();
        _target.Width = _window.Width;
        _target.Height = _window.Height;
        _renderer.Draw(frame, PreviewCamera.View(patient.Head, _target.Width, _target.Height), _target, patient.Panel, patient.Dwell);
        _context.Swap();
    }

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => _preview.Capture(frame, view, maxBytes);

    public void Dispose()
    {
        _preview.Dispose();
        _renderer.Dispose();
        _context.Dispose();
        _window.Dispose();
    }
}
