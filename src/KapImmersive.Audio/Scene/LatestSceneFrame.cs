using KapImmersive.Core.Scene;

namespace KapImmersive.Audio.Scene;

/// <summary>
/// The live hand-over between the headset's frame loop and the audio thread: the loop publishes each frame it
/// composes, the mixer reads the newest. Neither waits on the other beyond a few field copies.
/// </summary>
public sealed class LatestSceneFrame(SceneFrame first) : ISceneSource
{
    private readonly Lock _gate = new();
    private SceneFrame _latest = first;

    public void Publish(SceneFrame frame)
    {
        lock (_gate)
        {
            _latest = frame;
        }
    }

    public SceneFrame FrameAt(double time)
    {
        lock (_gate)
        {
            return _latest;
        }
    }
}
