namespace KapImmersive.Headset.Hosting;

public enum AudioSinkKind
{
    /// <summary>PulseAudio where a server runs; falls back to Null with a plain message where none does.</summary>
    Live,

    Wav,

    Null,
}
