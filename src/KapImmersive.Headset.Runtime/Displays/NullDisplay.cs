using System.Globalization;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;

namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>
/// A display with no pixels, for simulated patients (the demo, the console's tests and benchmarks): the session runs
/// exactly as on a headset, paced by a timer, with the scripted patient at its controls, and nothing is drawn.
/// </summary>
public sealed class NullDisplay(TimeProvider time, double framesPerSecond) : IPacedDisplay
{
    public string Description => string.Create(CultureInfo.InvariantCulture, $"no display (simulated patient), {framesPerSecond:0.#} frames a second");

    public IFramePacer Pacer { get; } = new TimerPacer(time, framesPerSecond);

    public IPatientInput CreateInput(PatientInputContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ScriptedPatient(context.Script, context.State);
    }

    public void Present(in SceneFrame frame, in PatientView patient)
    {
    }

    public byte[]? CapturePreview(in SceneFrame frame, in PatientView view, int maxBytes) => null;

    public void Dispose()
    {
    }
}
