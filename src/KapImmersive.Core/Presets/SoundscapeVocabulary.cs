namespace KapImmersive.Core.Presets;

/// <summary>The words a soundscape is described with; the audio engine knows each of them.</summary>
public static class SoundscapeVocabulary
{
    public static IReadOnlyList<string> Keys { get; } = ["C", "C#", "Db", "D", "D#", "Eb", "E", "F", "F#", "Gb", "G", "G#", "Ab", "A", "A#", "Bb", "B"];

    public static IReadOnlyList<string> Scales { get; } = ["major-pentatonic", "minor-pentatonic", "major", "minor", "dorian", "lydian"];

    public static IReadOnlyList<string> LayerKinds { get; } = ["pad", "noise", "drone", "bells"];

    public static IReadOnlyList<string> NoiseTextures { get; } = ["ocean", "wind", "rain"];

    public static IReadOnlyList<string> PhaseSources { get; } = ["soundscape", "files", "both"];

    public static IReadOnlyList<string> AudioFileExtensions { get; } = [".wav", ".mp3", ".ogg"];

    public const double MinLoudnessTarget = -35;

    public const double MaxLoudnessTarget = -18;

    public const double MaxBellsPerMinute = 12;
}
