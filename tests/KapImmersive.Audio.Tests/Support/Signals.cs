namespace KapImmersive.Audio.Tests.Support;

/// <summary>Test signals, generated in the test (EBU Tech 3341/3342 style), as 48 kHz interleaved stereo.</summary>
internal static class Signals
{
    public static float[] Sine(double frequencyHz, double dbfs, double seconds, double phaseDegrees = 0, double fadeSeconds = 0)
    {
        var fadeFrames = fadeSeconds * AudioFormat.SampleRate;
        var frames = (int)Math.Round(seconds * AudioFormat.SampleRate);
        var amplitude = Math.Pow(10, dbfs / 20);
        var samples = new float[frames * 2];
        for (var i = 0; i < frames; i++)
        {
            var fade = i < fadeFrames ? 0.5 - (0.5 * Math.Cos(Math.PI * i / fadeFrames)) : 1;
            var value = (float)(fade * amplitude * Math.Sin((2 * Math.PI * frequencyHz * i / AudioFormat.SampleRate) + (phaseDegrees * Math.PI / 180)));
            samples[2 * i] = value;
            samples[(2 * i) + 1] = value;
        }

        return samples;
    }

    /// <summary>1 kHz stereo sine segments, each (level dBFS, seconds), one after another.</summary>
    public static float[] Steps(params (double Dbfs, double Seconds)[] segments) =>
        [.. segments.SelectMany(s => Sine(1000, s.Dbfs, s.Seconds))];

    /// <summary>Left channel only, as a mono array.</summary>
    public static float[] Left(float[] interleaved) => [.. Enumerable.Range(0, interleaved.Length / 2).Select(i => interleaved[2 * i])];

    /// <summary>RMS of each window of <paramref name="windowFrames"/> frames over both channels.</summary>
    public static double[] RmsEnvelope(ReadOnlySpan<float> interleaved, int windowFrames)
    {
        var windows = interleaved.Length / 2 / windowFrames;
        var envelope = new double[windows];
        for (var w = 0; w < windows; w++)
        {
            var sum = 0.0;
            foreach (var s in interleaved.Slice(w * windowFrames * 2, windowFrames * 2))
            {
                sum += s * s;
            }

            envelope[w] = Math.Sqrt(sum / (windowFrames * 2));
        }

        return envelope;
    }
}
