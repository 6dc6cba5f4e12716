namespace KapImmersive.Audio.Loudness;

/// <summary>
/// The K-weighting of ITU-R BS.1770-4 at 48 kHz: a high-frequency shelf (the head's effect) followed by the
/// RLB high-pass, with the coefficients the recommendation tabulates.
/// </summary>
internal static class KWeighting
{
    /// <summary>The recommendation's offset, so a 1 kHz sine at -23 dBFS in both channels of a stereo pair reads -23 LUFS.</summary>
    public const double Offset = -0.691;

    public static Biquad Shelf() => new(1.53512485958697, -2.69169618940638, 1.19839281085285, -1.69065929318241, 0.73248077421585);

    public static Biquad HighPass() => new(1.0, -2.0, 1.0, -1.99004745483398, 0.99007225036621);

    /// <summary>The K-weighting's gain at a frequency, in dB.</summary>
    public static double GainDbAt(double frequencyHz) =>
        Shelf().GainDbAt(frequencyHz, AudioFormat.SampleRate) + HighPass().GainDbAt(frequencyHz, AudioFormat.SampleRate);

    /// <summary>The peak amplitude of a sine, the same in both channels, that reads <paramref name="lufs"/>.</summary>
    public static double SineAmplitudeFor(double lufs, double frequencyHz) =>
        Math.Pow(10, (lufs - Offset - GainDbAt(frequencyHz)) / 20);

    public static double ToLufs(double meanSquareSum) => meanSquareSum > 0 ? Offset + (10 * Math.Log10(meanSquareSum)) : double.NegativeInfinity;
}
