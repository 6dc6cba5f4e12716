using KapImmersive.Core.Session;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Xr.Native;

namespace KapImmersive.Headset.Xr;

/// <summary>
/// Reads the runtime's focus as whether the patient wears the headset: focus lost after the patient had it (the
/// headset taken off, or a system menu over the room) reports it off, focus back reports it worn. Only changes are
/// reported, so a runtime repeating a state tells the console nothing new.
/// </summary>
internal sealed class XrFocusWatch
{
    private bool _focused;
    private int _reports;

    /// <param name="sessionEnding">Whether the session is stopping: focus that goes because of that is not the headset coming off.</param>
    public void See(XrSessionState state, bool sessionEnding, HeadsetLoop loop, double now)
    {
        if (state == XrSessionState.Focused)
        {
            _focused = true;
            Report(loop, worn: true, now);
        }
        else if (_focused && state is XrSessionState.Visible or XrSessionState.Synchronized or XrSessionState.Idle)
        {
            _focused = false;
            if (!sessionEnding)
            {
                Report(loop, worn: false, now);
            }
        }
    }

    private void Report(HeadsetLoop loop, bool worn, double now)
    {
        if (worn != (loop.State.HeadsetRemovedAt is null))
        {
            loop.Apply(new ReportHeadsetWorn($"xr-worn-{++_reports}", SessionReducer.HeadsetIssuer, worn), now);
        }
    }
}
