using KapImmersive.Headset.Runtime.Frames;

namespace KapImmersive.Headset.Runtime.Sound;

/// <summary>The session's sound: it follows each frame's levels, starts once the first state is out, and counts the gaps the patient heard.</summary>
public interface IHeadsetSound : IFrameOutput, IDisposable
{
    /// <summary>Times the output had too little sound ready and played silence instead.</summary>
    long Underruns { get; }

    void Start();
}
