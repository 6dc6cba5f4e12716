namespace KapImmersive.Audio.Rendering;

/// <summary>Something that looks at rendered audio as it passes (a loudness meter, a plot).</summary>
public interface ISampleAnalyser
{
    void Add(ReadOnlySpan<float> interleaved);
}
