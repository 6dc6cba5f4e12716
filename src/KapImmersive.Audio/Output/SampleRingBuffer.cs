namespace KapImmersive.Audio.Output;

/// <summary>
/// A bounded single-producer, single-consumer ring of samples: the render thread writes, the output thread reads,
/// neither locks. Positions only grow; each side publishes its own with a volatile write.
/// </summary>
internal sealed class SampleRingBuffer(int capacity)
{
    private readonly float[] _samples = new float[capacity];
    private long _written;
    private long _read;

    public int Capacity => _samples.Length;

    public int Available => (int)(Volatile.Read(ref _written) - Volatile.Read(ref _read));

    public int Free => Capacity - Available;

    /// <summary>Writes as much as fits; returns how many samples were taken.</summary>
    public int Write(ReadOnlySpan<float> samples)
    {
        var count = Math.Min(samples.Length, Free);
        var start = (int)(_written % Capacity);
        var first = Math.Min(count, Capacity - start);
        samples[..first].CopyTo(_samples.AsSpan(start));
        samples[first..count].CopyTo(_samples);
        Volatile.Write(ref _written, _written + count);
        return count;
    }

    /// <summary>Reads up to the destination's length; returns how many samples there were.</summary>
    public int Read(Span<float> destination)
    {
        var count = Math.Min(destination.Length, Available);
        var start = (int)(_read % Capacity);
        var first = Math.Min(count, Capacity - start);
        _samples.AsSpan(start, first).CopyTo(destination);
        _samples.AsSpan(0, count - first).CopyTo(destination[first..]);
        Volatile.Write(ref _read, _read + count);
        return count;
    }
}
