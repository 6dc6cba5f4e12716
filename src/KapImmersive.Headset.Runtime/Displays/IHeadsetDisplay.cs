using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>
/// A display plugs into the runtime with everything that differs between headsets: its surface (it draws each frame
/// and can show the console a small picture), the patient's input it offers, and what paces its frames
/// (<see cref="IPacedDisplay"/>, or a browser page's own frame callback). The session itself (reducer, ramps, dwell,
/// panel, reports, link) is the runtime's and the same on every display.
/// </summary>
public interface IHeadsetDisplay : IFrameOutput, IDisposable
{
    /// <summary>The renderer and the eyes' size in words, for the log.</summary>
    string Description { get; }

    /// <summary>The patient's input on this display; one with no person at its controls plays <see cref="PatientInputContext.Script"/>.</summary>
    IPatientInput CreateInput(PatientInputContext context);

    /// <summary>A small JPEG of what the patient sees in <paramref name="frame"/>, at most <paramref name="maxBytes"/>; null when the display has no pixels.</summary>
    byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes);
}
