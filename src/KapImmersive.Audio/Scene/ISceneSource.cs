using KapImmersive.Core.Scene;

namespace KapImmersive.Audio.Scene;

/// <summary>Where the mixer reads what to play: Core's <see cref="SceneFrame"/> at a time on the session clock.</summary>
public interface ISceneSource
{
    SceneFrame FrameAt(double time);
}
