using KapImmersive.Audio.Dsp;

namespace KapImmersive.Audio.Generative;

/// <summary>
/// A slow pad: a three-note chord of detuned voice pairs whose partials are voiced through a low-pass curve with a
/// slowly moving cutoff (the filter applied per partial, which costs nothing per sample). Every 18 to 36 s one note
/// steps to a neighbouring scale degree, the old note releasing while the new one swells in.
/// </summary>
internal sealed class PadLayer : GeneratedLayer
{
    private const int ChordNotes = 3;
    private const int Slots = 6;
    private const int Detuned = 2;
    private const int Partials = 3;
    private const double AttackSeconds = 2 * SoftnessBounds.MinAttackSeconds;
    private const double ReleaseSeconds = 6;
    private const float PartialAmplitude = 0.11f;

    private readonly OscillatorBank _bank = new(Slots * Detuned * Partials);
    private readonly ScaleNotes _scale;
    private readonly int _octave;
    private readonly double _level;
    private readonly double _cutoff;
    private readonly int[] _slotDegree = new int[Slots];
    private readonly bool[] _slotOn = new bool[Slots];
    private readonly double[] _slotChangedAt = new double[Slots];
    private readonly double[] _voiceHz = new double[Slots * Detuned];
    private readonly double[] _slotSwellPeriod = new double[Slots];
    private readonly int[] _noteSlot = new int[ChordNotes];
    private readonly double _filterPeriod;
    private SeededRandom _random;
    private double _nextChangeAt;

    public PadLayer(ScaleNotes scale, int octave, double level, double brightness, SeededRandom random)
    {
        _scale = scale;
        _octave = octave;
        _level = level;
        _cutoff = SoftnessBounds.CutoffFor(brightness);
        _random = random;
        _filterPeriod = _random.Between(40, 70);
        _slotChangedAt.AsSpan().Fill(double.NegativeInfinity);
        _slotSwellPeriod.AsSpan().Fill(17);
        for (var note = 0; note < ChordNotes; note++)
        {
            _noteSlot[note] = note;
            StartSlot(note, note * 2, 0);
        }

        _nextChangeAt = _random.Between(18, 36);
    }

    public override void Render(Span<float> block, double endTime, float gainFrom, float gainTo)
    {
        if (endTime >= _nextChangeAt)
        {
            StepOneNote(endTime);
        }

        var cutoff = _cutoff * (1 + (0.35 * Math.Sin(2 * Math.PI * endTime / _filterPeriod)));
        for (var slot = 0; slot < Slots; slot++)
        {
            var envelope = Envelope(slot, endTime);
            var swell = 0.85 + (0.15 * Math.Sin((2 * Math.PI * endTime / _slotSwellPeriod[slot]) + slot));
            if (envelope == 0)
            {
                SilenceSlot(slot);
                continue;
            }

            for (var voice = 0; voice < Detuned; voice++)
            {
                var frequency = _voiceHz[(slot * Detuned) + voice];
                for (var partial = 1; partial <= Partials; partial++)
                {
                    var f = frequency * partial;
                    var amplitude = PartialAmplitude * _level * envelope * swell * gainTo * Curves.LowPassGain(f, cutoff) / partial;
                    _bank.Set(Index(slot, voice, partial), (float)f, (float)amplitude);
                }
            }
        }

        _bank.Render(block);
    }

    private void SilenceSlot(int slot)
    {
        for (var voice = 0; voice < Detuned; voice++)
        {
            for (var partial = 1; partial <= Partials; partial++)
            {
                var index = Index(slot, voice, partial);
                _bank.Set(index, 0, 0);
            }
        }
    }

    private static int Index(int slot, int voice, int partial) => (((slot * Detuned) + voice) * Partials) + partial - 1;

    private double Envelope(int slot, double now)
    {
        var since = now - _slotChangedAt[slot];
        return _slotOn[slot] ? Curves.Smoothstep(since / AttackSeconds) : 1 - Curves.Smoothstep(since / ReleaseSeconds);
    }

    private void StepOneNote(double now)
    {
        _nextChangeAt = now + _random.Between(18, 36);
        var note = _random.Below(ChordNotes);
        var oldSlot = _noteSlot[note];
        var degree = _slotDegree[oldSlot] + (_random.NextDouble() < 0.5 ? -1 : 1);
        if (degree < -1 || degree > _scale.Degrees + 1 || IsSounding(degree))
        {
            return;
        }

        for (var slot = 0; slot < Slots; slot++)
        {
            if (!_slotOn[slot] && now - _slotChangedAt[slot] > ReleaseSeconds)
            {
                _slotOn[oldSlot] = false;
                _slotChangedAt[oldSlot] = now;
                _noteSlot[note] = slot;
                StartSlot(slot, degree, now);
                return;
            }
        }
    }

    private bool IsSounding(int degree)
    {
        foreach (var slot in _noteSlot)
        {
            if (_slotDegree[slot] == degree)
            {
                return true;
            }
        }

        return false;
    }

    private void StartSlot(int slot, int degree, double now)
    {
        _slotDegree[slot] = degree;
        _slotOn[slot] = true;
        _slotChangedAt[slot] = now;
        var detuneCents = _random.Between(3, 7);
        var root = _scale.Hz(_octave, degree);
        _voiceHz[slot * Detuned] = root * Math.Pow(2, -detuneCents / 1200);
        _voiceHz[(slot * Detuned) + 1] = root * Math.Pow(2, detuneCents / 1200);
        _slotSwellPeriod[slot] = _random.Between(11, 23);
        for (var voice = 0; voice < Detuned; voice++)
        {
            for (var partial = 1; partial <= Partials; partial++)
            {
                var index = Index(slot, voice, partial);
                _bank.Restart(index, _random.NextDouble());
                _bank.SetPan(index, (voice == 0 ? -0.55f : 0.55f) + (float)_random.Between(-0.1, 0.1));
            }
        }
    }
}
