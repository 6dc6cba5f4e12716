using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// Reads the runtime's focus as whether the patient wears the headset: focus lost after the patient had it (the
/// headset taken off, or a system menu over the room) reports it off, focus back reports it worn. The session hears
/// only changes, so a runtime repeating a state tells the console nothing new.
/// </summary>
internal sealed class XrFocusWatch
{
    private bool _focused;

    /// <param name="sessionEnding">Whether the session is stopping: focus that goes because of that is not the headset coming off.</param>
    public void See(XrSessionState state, bool sessionEnding, HeadsetSession session)
    {
        if (state == XrSessionState.Focused)
        {
            _focused = true;
            session.ReportWorn(worn: true);
        }
        else if (_focused && state is XrSessionState.Visible or XrSessionState.Synchronized or XrSessionState.Idle)
        {
            _focused = false;
            if (!sessionEnding)
            {
                session.ReportWorn(worn: false);
            }
        }
    }
}
