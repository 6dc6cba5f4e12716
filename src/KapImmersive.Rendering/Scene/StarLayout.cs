using System.Numerics;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// The fixed star field, made once from a seed: directions over the upper sky, mostly faint with a few bright ones,
/// each with its own slow twinkle. A preset's density chooses how many of them are drawn.
/// </summary>
internal static class StarLayout
{
    public const int MaxStars = 2400;

    /// <summary>The fastest a star's brightness rises and falls, in cycles per second: a breath, never a flicker.</summary>
    public const float MaxTwinkleHertz = 0.25f;

    public const float MinTwinkleHertz = 0.05f;

    /// <summary>Per star: direction (xyz) and angular radius; then brightness, twinkle rate, twinkle phase, warmth.</summary>
    public static float[] Create(int seed = 7)
    {
        var random = new Random(seed);
        var data = new float[MaxStars * 8];
        for (var i = 0; i < MaxStars; i++)
        {
            var y = 0.02f + (0.98f * MathF.Sqrt(random.NextSingle()));
            var around = random.NextSingle() * MathF.Tau;
            var flat = MathF.Sqrt(1 - (y * y));
            var direction = new Vector3(flat * MathF.Cos(around), y, flat * MathF.Sin(around));
            var magnitude = MathF.Pow(random.NextSingle(), 5);
            var offset = i * 8;
            data[offset] = direction.X;
            data[offset + 1] = direction.Y;
            data[offset + 2] = direction.Z;
            data[offset + 3] = 0.0011f + (0.0022f * magnitude);
            data[offset + 4] = 0.35f + (0.65f * magnitude);
            data[offset + 5] = MinTwinkleHertz + ((MaxTwinkleHertz - MinTwinkleHertz) * random.NextSingle());
            data[offset + 6] = random.NextSingle() * MathF.Tau;
            data[offset + 7] = random.NextSingle();
        }

        return data;
    }

    public static int CountFor(float density) => (int)MathF.Round(Math.Clamp(density, 0, 1) * MaxStars);
}
