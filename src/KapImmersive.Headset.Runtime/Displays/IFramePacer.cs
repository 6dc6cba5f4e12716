using KapImmersive.Headset.Runtime.Session;

namespace KapImmersive.Headset.Runtime.Displays;

/// <summary>Sets the pace of a session's frames: a timer where the app sets its own, the headset's runtime where it has one.</summary>
public interface IFramePacer
{
    /// <summary>
    /// Runs <paramref name="session"/>'s frames on the calling thread until it has ended. Once <paramref name="stopping"/>
    /// fires, the session first brings the patient back gently (<see cref="HeadsetSession.EndGently"/>), then ends.
    /// </summary>
    void Run(HeadsetSession session, CancellationToken stopping);
}
