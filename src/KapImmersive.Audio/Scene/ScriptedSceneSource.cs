using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Audio.Scene;

/// <summary>Frames from a scripted session played forward: what an offline render hears.</summary>
public sealed class ScriptedSceneSource(ScriptedSession session) : ISceneSource
{
    public SceneFrame FrameAt(double time) => SceneComposer.Compose(session.AdvanceTo(time), time);
}
