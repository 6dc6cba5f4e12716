using KapImmersive.Audio.Scene;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Frames;

namespace KapImmersive.Headset.Sound;

/// <summary>Hands each frame to the audio thread, which mixes from the newest one; the loop never waits on audio.</summary>
public sealed class SoundOutput(LatestSceneFrame latest) : IFrameOutput
{
    public void Present(in SceneFrame frame, in PatientView patient) => latest.Publish(frame);
}
