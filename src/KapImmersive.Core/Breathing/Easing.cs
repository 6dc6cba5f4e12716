namespace KapImmersive.Core.Breathing;

internal static class Easing
{
    /// <summary>Half a cosine: starts and ends at rest, the shape of an unforced breath.</summary>
    public static double SineInOut(double t) => 0.5 - (0.5 * Math.Cos(Math.PI * Math.Clamp(t, 0, 1)));
}
