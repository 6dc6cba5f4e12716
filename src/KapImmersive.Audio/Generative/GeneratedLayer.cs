namespace KapImmersive.Audio.Generative;

/// <summary>One voice of a soundscape (pad, noise, drone, bells): adds itself into a block of interleaved stereo.</summary>
internal abstract class GeneratedLayer
{
    /// <summary>
    /// Adds this layer's sound for the block ending at <paramref name="endTime"/> (seconds since the soundscape began),
    /// its level moving from <paramref name="gainFrom"/> to <paramref name="gainTo"/> across the block.
    /// </summary>
    public abstract void Render(Span<float> block, double endTime, float gainFrom, float gainTo);
}
