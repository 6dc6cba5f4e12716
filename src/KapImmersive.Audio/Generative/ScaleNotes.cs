using KapImmersive.Audio.Dsp;

namespace KapImmersive.Audio.Generative;

/// <summary>The notes of a key and scale (the words of <see cref="Core.Presets.SoundscapeVocabulary"/>), by degree.</summary>
internal sealed class ScaleNotes
{
    private static readonly Dictionary<string, int> KeySemitones = new(StringComparer.Ordinal)
    {
        ["C"] = 0, ["C#"] = 1, ["Db"] = 1, ["D"] = 2, ["D#"] = 3, ["Eb"] = 3, ["E"] = 4, ["F"] = 5, ["F#"] = 6,
        ["Gb"] = 6, ["G"] = 7, ["G#"] = 8, ["Ab"] = 8, ["A"] = 9, ["A#"] = 10, ["Bb"] = 10, ["B"] = 11,
    };

    private static readonly Dictionary<string, int[]> ScaleSteps = new(StringComparer.Ordinal)
    {
        ["major-pentatonic"] = [0, 2, 4, 7, 9],
        ["minor-pentatonic"] = [0, 3, 5, 7, 10],
        ["major"] = [0, 2, 4, 5, 7, 9, 11],
        ["minor"] = [0, 2, 3, 5, 7, 8, 10],
        ["dorian"] = [0, 2, 3, 5, 7, 9, 10],
        ["lydian"] = [0, 2, 4, 6, 7, 9, 11],
    };

    private readonly int _key;
    private readonly int[] _steps;

    public ScaleNotes(string key, string scale)
    {
        _key = KeySemitones.TryGetValue(key, out var semitone) ? semitone : 2;
        _steps = ScaleSteps.TryGetValue(scale, out var steps) ? steps : ScaleSteps["major-pentatonic"];
    }

    public int Degrees => _steps.Length;

    /// <summary>MIDI note of a scale degree above the key's root in an octave (C4 = 60); degrees wrap into octaves.</summary>
    public double Midi(int octave, int degree)
    {
        var octaves = (int)Math.Floor(degree / (double)_steps.Length);
        var step = _steps[degree - (octaves * _steps.Length)];
        return (12 * (octave + 1 + octaves)) + _key + step;
    }

    public double Hz(int octave, int degree) => Curves.MidiToHz(Midi(octave, degree));
}
