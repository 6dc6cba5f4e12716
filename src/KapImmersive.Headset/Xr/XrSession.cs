using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// A session bound to the renderer's OpenGL context (through EGL or Xlib), its local reference space, one swapchain
/// per eye and the controllers, and the runtime's state machine as xrPollEvent reports it.
/// </summary>
internal sealed unsafe class XrSession : IDisposable
{
    private const int LocalSpace = 2;
    private readonly XrInstance _instance;

    public XrSession(XrInstance instance, IXrGraphics graphics)
    {
        _instance = instance;
        ArgumentNullException.ThrowIfNull(graphics);
        var handle = graphics.CreateSession(instance.Handle, instance.System);
        Handle = handle;
        var spaceInfo = new XrReferenceSpaceCreateInfo { Type = XrStructureType.ReferenceSpaceCreateInfo, ReferenceSpaceType = LocalSpace };
        spaceInfo.PoseInReferenceSpace.Orientation = System.Numerics.Quaternion.Identity;
        ulong space;
        XrCheck.Call(XrApi.CreateReferenceSpace(handle, &spaceInfo, &space), "xrCreateReferenceSpace(local)");
        Space = space;
        Eyes = [new XrEyeSwapchain(handle, graphics.Gl, instance.EyeWidth, instance.EyeHeight), new XrEyeSwapchain(handle, graphics.Gl, instance.EyeWidth, instance.EyeHeight)];
        Controllers = new XrControllerActions(instance.Handle, handle);
    }

    public ulong Handle { get; }

    public ulong Space { get; }

    public XrEyeSwapchain[] Eyes { get; }

    public XrControllerActions Controllers { get; }

    public XrSessionState State { get; private set; } = XrSessionState.Unknown;

    public bool Running { get; private set; }

    /// <summary>Drains the runtime's events, beginning the session when ready; returns the state changes seen, oldest first.</summary>
    public void Poll(List<XrSessionState> changes)
    {
        changes.Clear();
        var buffer = new XrEventDataBuffer { Type = XrStructureType.EventDataBuffer };
        while (XrCheck.Call(XrApi.PollEvent(_instance.Handle, &buffer), "xrPollEvent") != XrCheck.EventUnavailable)
        {
            if (buffer.Type == XrStructureType.EventDataSessionStateChanged)
            {
                State = ((XrEventDataSessionStateChanged*)&buffer)->State;
                changes.Add(State);
                if (State == XrSessionState.Ready)
                {
                    var begin = new XrSessionBeginInfo { Type = XrStructureType.SessionBeginInfo, PrimaryViewConfigurationType = XrInstance.PrimaryStereo };
                    XrCheck.Call(XrApi.BeginSession(Handle, &begin), "xrBeginSession");
                    Running = true;
                }
            }
            else if (buffer.Type == XrStructureType.EventDataInstanceLossPending)
            {
                State = XrSessionState.LossPending;
                changes.Add(State);
            }

            buffer = new XrEventDataBuffer { Type = XrStructureType.EventDataBuffer };
        }
    }

    /// <summary>Asks the runtime to stop; it answers with the stopping state, after which <see cref="End"/> is called.</summary>
    public void RequestExit() => XrCheck.Call(XrApi.RequestExitSession(Handle), "xrRequestExitSession");

    public void End()
    {
        XrCheck.Call(XrApi.EndSession(Handle), "xrEndSession");
        Running = false;
    }

    public void Dispose()
    {
        Controllers.Dispose();
        foreach (var eye in Eyes)
        {
            eye.Dispose();
        }

        _ = XrApi.DestroySpace(Space);
        _ = XrApi.DestroySession(Handle);
    }
}
