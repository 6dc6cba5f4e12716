using System.Globalization;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Display;

/// <summary>
/// The headset's display with no screen: both eyes drawn offscreen through EGL every frame, exactly as a headset
/// would draw them, paced by a timer, with the scripted patient at the controls. Made on the frame loop's thread,
/// used only there.
/// </summary>
public sealed class HeadlessDisplay : IPacedDisplay
{
    private readonly HeadlessGlContext _context;
    private readonly RoomRenderer _renderer;
    private readonly StereoRig _rig;
    private readonly TextureFramebuffer _left;
    private readonly TextureFramebuffer _right;
    private readonly PreviewCapture _preview;

    public HeadlessDisplay(RenderingOptions options, TimeProvider time, double framesPerSecond)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = HeadlessGlContext.Create(options.Flavour);
        _renderer = new RoomRenderer(_context.Gl, _context.Flavour, RoomRenderer.SkyMapTexelsFor(options.EyeWidth));
        _rig = options.Rig();
        _left = TextureFramebuffer.Create(_context.Gl, options.EyeWidth, options.EyeHeight);
        _right = TextureFramebuffer.Create(_context.Gl, options.EyeWidth, options.EyeHeight);
        _preview = new PreviewCapture(_context.Gl, _renderer);
        Pacer = new TimerPacer(time, framesPerSecond);
        Description = string.Create(CultureInfo.InvariantCulture,
            $"headless ({_context.Renderer}), {options.EyeWidth}x{options.EyeHeight} an eye, {framesPerSecond:0.#} frames a second");
    }

    public string Description { get; }

    public IFramePacer Pacer { get; }

    public int EyeWidth => _left.Width;

    public int EyeHeight => _left.Height;

    public IPatientInput CreateInput(PatientInputContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ScriptedPatient(context.Script, context.State);
    }

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _renderer.Draw(frame, _rig.EyeView(patient.Head, Eye.Left), _left, patient.Panel, patient.Dwell);
        _renderer.Draw(frame, _rig.EyeView(patient.Head, Eye.Right), _right, patient.Panel, patient.Dwell);
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

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => _preview.Capture(frame, view, maxBytes);

    public void Dispose()
    {
        _preview.Dispose();
        _right.Dispose();
        _left.Dispose();
        _renderer.Dispose();
        _context.Dispose();
    }
}
