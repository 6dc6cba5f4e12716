using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Displays;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>A display as it is, with a test watching every frame it is given (on the frame thread) before it draws it.</summary>
internal sealed class ObservedDisplay(IPacedDisplay display, IFrameOutput watcher) : IPacedDisplay
{
    public string Description => display.Description;

    public IFramePacer Pacer => display.Pacer;

    public IPatientInput CreateInput(PatientInputContext context) => display.CreateInput(context);

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        watcher.Present(frame, patient);
        display.Present(frame, patient);
    }

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => display.CapturePreview(frame, view, maxBytes);

    public void Dispose() => display.Dispose();
}
