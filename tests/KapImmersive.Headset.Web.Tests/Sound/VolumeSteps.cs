namespace KapImmersive.Headset.Web.Tests.Sound;

/// <summary>The largest step between neighbouring samples of one channel: a click shows as a step the music never makes.</summary>
internal static class VolumeSteps
{
    public static double Max(float[] interleaved)
    {
        var max = 0.0;
        for (var i = 2; i < interleaved.Length; i++)
        {
            max = Math.Max(max, Math.Abs(interleaved[i] - interleaved[i - 2]));
        }

        return max;
    }
}
