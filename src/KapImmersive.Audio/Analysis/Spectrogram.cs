using System.Numerics;
using KapImmersive.Audio.Rendering;

namespace KapImmersive.Audio.Analysis;

/// <summary>
/// Collects a spectrogram while audio renders: one column per equal stretch of the programme, each the Hann-windowed
/// spectrum of the mid (left + right) signal on a logarithmic frequency axis, in dB.
/// </summary>
public sealed class Spectrogram : ISampleAnalyser
{
    public const double LowestHz = 30;
    public const double HighestHz = 16_000;
    private const int FftSize = 4096;
    private readonly float[] _window = new float[FftSize];
    private readonly Complex[] _fft = new Complex[FftSize];
    private readonly long _framesPerColumn;
    private readonly int _rows;
    private int _filled;
    private long _frame;

    public Spectrogram(double seconds, int columns, int rows)
    {
        _framesPerColumn = Math.Max(FftSize, AudioFormat.FramesOf(seconds) / columns);
        _rows = rows;
    }

    /// <summary>The stretch of the programme each column stands for (its spectrum is of the first 4096 frames of it).</summary>
    public double SecondsPerColumn => _framesPerColumn / (double)AudioFormat.SampleRate;

    /// <summary>Each column: level in dB (0 dB = full scale) per row, lowest frequency first, rows evenly spaced in log frequency.</summary>
    public List<float[]> Columns { get; } = [];

    public void Add(ReadOnlySpan<float> interleaved)
    {
        for (var i = 0; i < interleaved.Length; i += 2)
        {
            var intoColumn = _frame++ % _framesPerColumn;
            if (intoColumn < FftSize)
            {
                _window[_filled++] = 0.5f * (interleaved[i] + interleaved[i + 1]);
                if (_filled == FftSize)
                {
                    Columns.Add(Column());
                    _filled = 0;
                }
            }
        }
    }

    private float[] Column()
    {
        for (var i = 0; i < FftSize; i++)
        {
            var hann = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / FftSize));
            _fft[i] = new Complex(_window[i] * hann, 0);
        }

        Fft.Transform(_fft);
        var column = new float[_rows];
        for (var row = 0; row < _rows; row++)
        {
            var from = LowestHz * Math.Pow(HighestHz / LowestHz, row / (double)_rows);
            var to = LowestHz * Math.Pow(HighestHz / LowestHz, (row + 1) / (double)_rows);
            var first = (int)(from * FftSize / AudioFormat.SampleRate);
            var last = Math.Max(first, (int)(to * FftSize / AudioFormat.SampleRate));
            var peak = 0.0;
            for (var bin = first; bin <= last; bin++)
            {
                peak = Math.Max(peak, _fft[bin].Magnitude);
            }

            // A full-scale sine through the Hann window peaks at FftSize / 4.
            column[row] = (float)(20 * Math.Log10(Math.Max(peak / (FftSize / 4.0), 1e-9)));
        }

        return column;
    }
}
