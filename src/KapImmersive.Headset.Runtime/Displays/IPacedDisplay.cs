namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>
/// A display that sets the pace of its own frames (a timer, or a headset's runtime), run by <see cref="Session.HeadsetRuntime"/>
/// on a thread of its own. A browser's display has no such pacer: its page's frame callback calls the session instead.
/// </summary>
public interface IPacedDisplay : IHeadsetDisplay
{
    /// <summary>What paces the frames: a timer, or the headset's own runtime.</summary>
    IFramePacer Pacer { get; }
}
