namespace KapImmersive.Headset.Xr.Native;

/// <summary>The session's life as the runtime reports it through xrPollEvent.</summary>
public enum XrSessionState
{
    Unknown = 0,
    Idle = 1,
    Ready = 2,
    Synchronized = 3,
    Visible = 4,
    Focused = 5,
    Stopping = 6,
    LossPending = 7,
    Exiting = 8,
}
