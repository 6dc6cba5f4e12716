namespace KapImmersive.Audio;

/// <summary>The audio engine's settings, bound from the "Audio" configuration section and validated at start.</summary>
public sealed class AudioOptions
{
    public const string Section = "Audio";

    /// <summary>auto (PulseAudio, else the null sink), pulse (the same, said explicitly) or null.</summary>
    public string Output { get; set; } = "auto";

    /// <summary>
    /// How much rendered audio the engine keeps ahead of the device (and asks the device to hold). Half a second: a
    /// prompt chime may start that late without anyone noticing, while a busy machine gets time to come back to us.
    /// </summary>
    public int BufferMilliseconds { get; set; } = 500;

    /// <summary>How much the output thread hands the device at a time.</summary>
    public int PeriodMilliseconds { get; set; } = 20;

    /// <summary>The PulseAudio server to play to, e.g. "unix:/run/kap/pulse.sock"; empty for PULSE_SERVER or the user's own.</summary>
    public string? PulseServer { get; set; }

    /// <summary>The name the sound server shows for this program.</summary>
    public string ApplicationName { get; set; } = "KapImmersive";
}
