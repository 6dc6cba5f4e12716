using KapImmersive.Audio.Dsp;

namespace KapImmersive.Audio.Generative;

/// <summary>
/// A low drone: the root, its fifth and its octave, each a pair of voices a couple of cents apart so they beat
/// slowly, swelling and settling over tens of seconds.
/// </summary>
internal sealed class DroneLayer : GeneratedLayer
{
    private const int Notes = 3;
    private const int Detuned = 2;
    private const int Partials = 2;
    private const double FadeInSeconds = 3 * SoftnessBounds.MinAttackSeconds;
    private const float PartialAmplitude = 0.16f;
    private static readonly double[] NoteSemitones = [0, 7, 12];
    private static readonly double[] NoteWeights = [1, 0.55, 0.35];

    private readonly OscillatorBank _bank = new(Notes * Detuned * Partials);
    private readonly double[] _voiceHz = new double[Notes * Detuned];
    private readonly double[] _swellPeriod = new double[Notes];
    private readonly double _level;
    private readonly double _cutoff;

    public DroneLayer(ScaleNotes scale, int octave, double level, double brightness, SeededRandom random)
    {
        _level = level;
        _cutoff = SoftnessBounds.CutoffFor(brightness);
        var root = scale.Midi(octave, 0);
        for (var note = 0; note < Notes; note++)
        {
            var noteHz = Curves.MidiToHz(root + NoteSemitones[note]);
            _voiceHz[note * Detuned] = noteHz * Math.Pow(2, -1.5 / 1200);
            _voiceHz[(note * Detuned) + 1] = noteHz * Math.Pow(2, 1.5 / 1200);
            _swellPeriod[note] = random.Between(20, 40);
            for (var voice = 0; voice < Detuned; voice++)
            {
                for (var partial = 1; partial <= Partials; partial++)
                {
                    var index = Index(note, voice, partial);
                    _bank.Restart(index, random.NextDouble());
                    _bank.SetPan(index, voice == 0 ? -0.35f : 0.35f);
                }
            }
        }
    }

    public override void Render(Span<float> block, double endTime, float gainFrom, float gainTo)
    {
        var fadeIn = Curves.Smoothstep(endTime / FadeInSeconds);
        for (var note = 0; note < Notes; note++)
        {
            var swell = 0.8 + (0.2 * Math.Sin((2 * Math.PI * endTime / _swellPeriod[note]) + (note * 2.1)));
            for (var voice = 0; voice < Detuned; voice++)
            {
                var frequency = _voiceHz[(note * Detuned) + voice];
                for (var partial = 1; partial <= Partials; partial++)
                {
                    var f = frequency * partial;
                    var amplitude = PartialAmplitude * _level * NoteWeights[note] * fadeIn * swell * gainTo
                        * Curves.LowPassGain(f, _cutoff) / (partial * partial);
                    _bank.Set(Index(note, voice, partial), (float)f, (float)amplitude);
                }
            }
        }

        _bank.Render(block);
    }

    private static int Index(int note, int voice, int partial) => (((note * Detuned) + voice) * Partials) + partial - 1;
}
