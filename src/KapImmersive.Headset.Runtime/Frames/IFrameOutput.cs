using KapImmersive.Core.Scene;

namespace KapImmersive.Headset.Runtime.Frames;

/// <summary>Something that carries out each frame: the display draws it, the audio engine follows its levels.</summary>
public interface IFrameOutput
{
    void Present(in SceneFrame frame, in PatientView patient);
}
