namespace KapImmersive.Headset.Hosting;

public enum AudioSinkKind
{
    /// <summary>PulseAudio where a server runs; where none does, a silent sink that keeps real time, with a plain message.</summary>
    Live,

    /// <summary>The session's sound written to a WAV file, each frame's samples exactly (tests, audits).</summary>
    Wav,

    /// <summary>No sound at all: a simulated patient's headset.</summary>
    Null,
}
