namespace KapImmersive.Audio.Dsp;

/// <summary>
/// SplitMix64: small, fast and the same on every run and machine, so a preset's seed always gives the same sound.
/// A mutable struct: keep it in a field, never copy it.
/// </summary>
internal struct SeededRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public double Between(double low, double high) => low + ((high - low) * NextDouble());

    public int Below(int count) => (int)(NextDouble() * count);

    /// <summary>A non-zero seed for a per-sample xorshift noise source.</summary>
    public uint NextNoiseSeed() => (uint)(NextULong() >> 32) | 1u;

    /// <summary>A child generator, so adding a layer never changes the sound of the layers before it.</summary>
    public SeededRandom Split() => new(NextULong());
}
