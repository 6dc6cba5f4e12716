using System.Runtime.InteropServices;
using KapImmersive.Audio.Rendering;

namespace KapImmersive.Audio.Loudness;

/// <summary>
/// An ITU-R BS.1770-4 / EBU R128 loudness meter for 48 kHz stereo: K-weighting, 100 ms sub-blocks from which the
/// momentary (400 ms) and short-term (3 s) loudness are formed, gated integrated loudness (absolute -70 LUFS,
/// relative -10 LU), loudness range per EBU Tech 3342, and a 4x-oversampled true peak.
/// </summary>
public sealed class LoudnessMeter : ISampleAnalyser
{
    /// <summary>The length of one sub-block, the meter's step in time.</summary>
    public const double SubBlockSeconds = 0.1;

    public const int MomentarySubBlocks = 4;
    public const int ShortTermSubBlocks = 30;
    private const int SubBlockFrames = AudioFormat.SampleRate / 10;
    private const double AbsoluteGateLufs = -70;

    private readonly List<double> _subBlockPowers = [];
    private readonly TruePeakMeter? _truePeak;
    private Biquad _shelfLeft = KWeighting.Shelf();
    private Biquad _shelfRight = KWeighting.Shelf();
    private Biquad _highPassLeft = KWeighting.HighPass();
    private Biquad _highPassRight = KWeighting.HighPass();
    private double _sum;
    private int _frames;

    /// <param name="truePeak">Whether to oversample for the true peak, the costliest part; without it the peak reads -inf.</param>
    public LoudnessMeter(bool truePeak = true) => _truePeak = truePeak ? new TruePeakMeter() : null;

    /// <summary>Mean square (summed over channels) of each 100 ms of K-weighted audio so far.</summary>
    public IReadOnlyList<double> SubBlockPowers => _subBlockPowers;

    public double TruePeakDbtp => _truePeak?.Dbtp ?? double.NegativeInfinity;

    public double MomentaryLufs => Window(_subBlockPowers.Count - 1, MomentarySubBlocks);

    public double ShortTermLufs => Window(_subBlockPowers.Count - 1, ShortTermSubBlocks);

    /// <summary>Adds interleaved stereo samples.</summary>
    public void Add(ReadOnlySpan<float> interleaved)
    {
        _truePeak?.Add(interleaved);
        for (var i = 0; i < interleaved.Length; i += 2)
        {
            var left = _highPassLeft.Process(_shelfLeft.Process(interleaved[i]));
            var right = _highPassRight.Process(_shelfRight.Process(interleaved[i + 1]));
            _sum += (left * left) + (right * right);
            if (++_frames == SubBlockFrames)
            {
                _subBlockPowers.Add(_sum / SubBlockFrames);
                _sum = 0;
                _frames = 0;
            }
        }
    }

    /// <summary>The loudness of the <paramref name="subBlocks"/> sub-blocks ending at <paramref name="last"/>.</summary>
    public double Window(int last, int subBlocks)
    {
        if (last < subBlocks - 1 || last >= _subBlockPowers.Count)
        {
            return double.NegativeInfinity;
        }

        var powers = CollectionsMarshal.AsSpan(_subBlockPowers).Slice(last - subBlocks + 1, subBlocks);
        var sum = 0.0;
        foreach (var power in powers)
        {
            sum += power;
        }

        return KWeighting.ToLufs(sum / subBlocks);
    }

    public LoudnessReport Report()
    {
        var momentary = Windows(MomentarySubBlocks);
        var shortTerm = Windows(ShortTermSubBlocks);
        return new LoudnessReport(
            Gated(momentary, -10),
            Range(shortTerm),
            momentary.Count == 0 ? double.NegativeInfinity : momentary.Max(),
            shortTerm.Count == 0 ? double.NegativeInfinity : shortTerm.Max(),
            TruePeakDbtp);
    }

    private List<double> Windows(int subBlocks)
    {
        var loudness = new List<double>(Math.Max(0, _subBlockPowers.Count - subBlocks + 1));
        for (var last = subBlocks - 1; last < _subBlockPowers.Count; last++)
        {
            loudness.Add(Window(last, subBlocks));
        }

        return loudness;
    }

    /// <summary>BS.1770-4 gating: blocks above -70 LUFS, then above their mean less <paramref name="relativeGate"/> LU.</summary>
    private static double Gated(List<double> blocks, double relativeGate)
    {
        var absolute = blocks.Where(l => l > AbsoluteGateLufs).ToList();
        if (absolute.Count == 0)
        {
            return double.NegativeInfinity;
        }

        var threshold = MeanLoudness(absolute) + relativeGate;
        var gated = absolute.Where(l => l > threshold).ToList();
        return gated.Count == 0 ? double.NegativeInfinity : MeanLoudness(gated);
    }

    private static double MeanLoudness(List<double> blocks) =>
        KWeighting.ToLufs(blocks.Average(l => Math.Pow(10, (l - KWeighting.Offset) / 10)));

    /// <summary>EBU Tech 3342: short-term values gated at -70 LUFS and -20 LU, then the 10th to 95th percentile spread.</summary>
    private static double Range(List<double> shortTerm)
    {
        var absolute = shortTerm.Where(l => l > AbsoluteGateLufs).ToList();
        if (absolute.Count == 0)
        {
            return 0;
        }

        var threshold = MeanLoudness(absolute) - 20;
        var gated = absolute.Where(l => l > threshold).Order().ToList();
        return Percentile(gated, 0.95) - Percentile(gated, 0.10);
    }

    private static double Percentile(List<double> sorted, double fraction)
    {
        var position = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
