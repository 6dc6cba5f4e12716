using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Xr.Native;
using KapImmersive.Rendering;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// The headset through OpenXR, as a display that is its own pacer: each frame polls the session's state, waits for the
/// runtime, locates the eyes, reads the controllers, runs the session's frame (which draws into the swapchains and
/// reports), and submits one projection layer. Focus lost after the patient had it (the headset taken off, or a system
/// menu over the room) is reported to the session as the headset being off, which holds the scene and tells the
/// console; focus back reports it worn again. Stopping, or the runtime stopping the session, ends gently.
/// </summary>
internal sealed unsafe class XrHeadset : IPacedDisplay, IFramePacer
{
    public const string LoaderHint = "no OpenXR loader is installed: apt-get install libopenxr-loader1 (on Android, package libopenxr_loader.so with the app); see docs/openxr.md";
    public const string InstallHint = "no OpenXR runtime is installed or active: install and start one (SteamVR, or Monado: apt-get install monado-service), or set XR_RUNTIME_JSON to its manifest; see docs/openxr.md";
    /// <summary>Why the session ends when the runtime stops it (the patient or the system left the app).</summary>
    public const string StoppingReason = "xr-stopping";

    /// <summary>What a press through the runtime's actions is called in the record.</summary>
    public const string ControllerSource = "controller";

    private readonly IXrGraphics _context;
    private readonly XrInstance _instance;
    private readonly RoomRenderer _renderer;
    private readonly XrSession _session;
    private readonly XrView[] _views = new XrView[2];
    private readonly List<XrSessionState> _changes = [];
    private readonly XrFocusWatch _focus = new();
    private long _firstDisplayTime;
    private long _lastDisplayTime;
    private double _firstFrameAt;

    private XrHeadset(IXrGraphics context, XrInstance instance)
    {
        _context = context;
        _instance = instance;
        _renderer = new RoomRenderer(context.Gl, context.Flavour);
        _session = new XrSession(instance, context);
        Display = new XrDisplay(context.Gl, _renderer, _session, _views);
    }

    public XrDisplay Display { get; }

    public HeadsetInput Input { get; private set; } = new(() => false, ControllerSource);

    public long FramesSubmitted { get; private set; }

    /// <summary>The runtime, the graphics binding and the eye size, in words for the log.</summary>
    public string Description => $"OpenXR runtime {_instance.RuntimeName}, {_context.Description}, {_instance.EyeWidth}x{_instance.EyeHeight} an eye";

    public IFramePacer Pacer => this;

    /// <summary>
    /// Opens the runtime and the renderer's context on this thread, bound as <paramref name="graphics"/> asks (Auto:
    /// EGL when offered, else Xlib on <paramref name="displayName"/> or $DISPLAY). With no usable runtime, throws the
    /// plain message saying what to install or set.
    /// </summary>
    public static XrHeadset Open(RenderingOptions rendering, XrGraphicsBinding graphics = XrGraphicsBinding.Auto, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(rendering);
        XrInstance instance;
        try
        {
            instance = XrInstance.Create(graphics, displayName);
        }
        catch (XrCallFailedException failure) when (failure.RuntimeUnavailable)
        {
            throw new XrRuntimeUnavailableException(InstallHint, failure);
        }
        catch (DllNotFoundException missing)
        {
            throw new XrRuntimeUnavailableException(LoaderHint, missing);
        }

        IXrGraphics? context = null;
        try
        {
            context = instance.Graphics == XrGraphicsBinding.Xlib ? XrXlibGraphics.Open(rendering.Flavour, displayName) : XrEglGraphics.Open(rendering.Flavour);
            return new XrHeadset(context, instance);
        }
        catch
        {
            context?.Dispose();
            instance.Dispose();
            throw;
        }
    }

    /// <summary>The controllers and head gaze, told whether a check-in is showing.</summary>
    public IPatientInput CreateInput(PatientInputContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Input = new HeadsetInput(() => context.State().CheckIn is not null, ControllerSource);
    }

    public void Present(in SceneFrame frame, in PatientView patient) => Display.Present(frame, patient);

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => Display.CapturePreview(frame, view, maxBytes);

    /// <summary>
    /// Runs frames until the runtime ends the session: after <paramref name="stopping"/>, after its own stop, or on loss.
    /// The first frame happens at the session's now; from there the session's clock follows the runtime's predicted
    /// display times, so each frame shows the moment its picture will be seen.
    /// </summary>
    public void Run(HeadsetSession session, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(session);
        var exitRequested = false;
        while (true)
        {
            _session.Poll(_changes);
            var ending = exitRequested || session.IsEnding || _changes.Contains(XrSessionState.Stopping) || _changes.Contains(XrSessionState.Exiting)
                || _changes.Contains(XrSessionState.LossPending);
            foreach (var state in _changes)
            {
                _focus.See(state, ending, session);
                if (state == XrSessionState.Stopping)
                {
                    session.EndGently(StoppingReason);
                }
                else if (state is XrSessionState.Exiting or XrSessionState.LossPending)
                {
                    return;
                }
            }

            if (stopping.IsCancellationRequested && !exitRequested && _session.Running)
            {
                exitRequested = true;
                _session.RequestExit();
            }

            if (!_session.Running)
            {
                Thread.Sleep(10); // idle: the runtime has not made the session ready yet
                continue;
            }

            if (session.HasEnded)
            {
                _session.End();
                continue;
            }

            Frame(session);
        }
    }

    public void Dispose()
    {
        Display.Dispose();
        _session.Dispose();
        _renderer.Dispose();
        _instance.Dispose();
        _context.Dispose();
    }

    private void Frame(HeadsetSession session)
    {
        var waitInfo = new XrTypedInfo { Type = XrStructureType.FrameWaitInfo };
        var frameState = new XrFrameState { Type = XrStructureType.FrameState };
        XrCheck.Call(XrApi.WaitFrame(_session.Handle, &waitInfo, &frameState), "xrWaitFrame");
        var displayTime = frameState.PredictedDisplayTime;
        if (_firstDisplayTime == 0)
        {
            _firstDisplayTime = _lastDisplayTime = displayTime;
            _firstFrameAt = session.Now();
        }

        var missed = displayTime - _lastDisplayTime > frameState.PredictedDisplayPeriod * 3 / 2;
        _lastDisplayTime = displayTime;
        var now = _firstFrameAt + ((displayTime - _firstDisplayTime) / 1e9);

        var beginInfo = new XrTypedInfo { Type = XrStructureType.FrameBeginInfo };
        XrCheck.Call(XrApi.BeginFrame(_session.Handle, &beginInfo), "xrBeginFrame");
        var render = frameState.ShouldRender != 0 && LocateViews(displayTime);
        var focused = _session.Controllers.Sync();
        Input.SelectPressed = focused && _session.Controllers.Pressed(_session.Controllers.Select);
        Input.HelpPressed = focused && _session.Controllers.Pressed(_session.Controllers.Help);
        Display.ShouldRender = render;
        session.Frame(now, missed);
        Submit(displayTime, render);
        FramesSubmitted++;
    }

    private bool LocateViews(long displayTime)
    {
        var info = new XrViewLocateInfo { Type = XrStructureType.ViewLocateInfo, ViewConfigurationType = XrInstance.PrimaryStereo, DisplayTime = displayTime, Space = _session.Space };
        var state = new XrViewState { Type = XrStructureType.ViewState };
        uint count;
        fixed (XrView* views = _views)
        {
            views[0].Type = views[1].Type = XrStructureType.View;
            XrCheck.Call(XrApi.LocateViews(_session.Handle, &info, &state, 2, &count, views), "xrLocateViews");
        }

        const ulong OrientationValid = 0x1;
        if ((state.ViewStateFlags & OrientationValid) == 0)
        {
            return false; // tracking lost for a moment: submit nothing rather than a wrong view
        }

        var head = (_views[0].Pose.Position + _views[1].Pose.Position) / 2;
        Input.Head = new HeadPose(Display.ToRoom(head), _views[0].Pose.Orientation);
        return true;
    }

    private void Submit(long displayTime, bool render)
    {
        var projectionViews = stackalloc XrCompositionLayerProjectionView[2];
        for (var eye = 0; eye < 2; eye++)
        {
            var swapchain = _session.Eyes[eye];
            projectionViews[eye] = new XrCompositionLayerProjectionView
            {
                Type = XrStructureType.CompositionLayerProjectionView, Pose = _views[eye].Pose, Fov = _views[eye].Fov,
                Swapchain = swapchain.Handle, RectWidth = swapchain.Width, RectHeight = swapchain.Height,
            };
        }

        var layer = new XrCompositionLayerProjection { Type = XrStructureType.CompositionLayerProjection, Space = _session.Space, ViewCount = 2, Views = projectionViews };
        var layers = stackalloc void*[1];
        layers[0] = &layer;
        var end = new XrFrameEndInfo { Type = XrStructureType.FrameEndInfo, DisplayTime = displayTime, EnvironmentBlendMode = 1, LayerCount = render ? 1u : 0u, Layers = layers };
        XrCheck.Call(XrApi.EndFrame(_session.Handle, &end), "xrEndFrame");
    }
}
