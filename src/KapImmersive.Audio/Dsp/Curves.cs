namespace KapImmersive.Audio.Dsp;

/// <summary>The few shapes every fade and filter in the engine uses.</summary>
internal static class Curves
{
    /// <summary>0..1 eased so it starts and ends at rest.</summary>
    public static double Smoothstep(double t)
    {
        t = Math.Clamp(t, 0, 1);
        return t * t * (3 - (2 * t));
    }

    /// <summary>Gain through a gentle two-pole low-pass at <paramref name="cutoffHz"/>, used to voice partials.</summary>
    public static double LowPassGain(double frequencyHz, double cutoffHz)
    {
        var x = frequencyHz / cutoffHz;
        return 1 / Math.Sqrt(1 + (x * x * x * x));
    }

    /// <summary>Equal-power crossfade weights: the summed power of two unrelated signals stays constant.</summary>
    public static (float Out, float In) EqualPower(double t)
    {
        var angle = Math.Clamp(t, 0, 1) * Math.PI / 2;
        return ((float)Math.Cos(angle), (float)Math.Sin(angle));
    }

    public static double DbToGain(double db) => Math.Pow(10, db / 20);

    public static double GainToDb(double gain) => 20 * Math.Log10(gain);

    public static double MidiToHz(double midi) => 440 * Math.Pow(2, (midi - 69) / 12);
}
