namespace KapImmersive.Core.Presets;

public sealed record PhaseMusic
{
    public static PhaseMusic Everything { get; } = new();

    /// <summary>soundscape, files or both.</summary>
    public string Source { get; init; } = "both";

    /// <summary>Soundscape layer names to play; empty means all of them.</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    /// <summary>0..1, scales the music in this phase.</summary>
    public double Intensity { get; init; } = 1;
}
