using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Comfort;

/// <summary>
/// How the picture moved between two frames a known time apart, found by block matching: the picture inside a margin
/// is cut into square blocks, and each block with detail enough to be followed is looked for in the later frame within
/// <see cref="Search"/> pixels; it moved when some shift matches its pattern (brightness aside) clearly better than
/// staying put. Fading, twinkling and the dither change a block without a shift that explains the change, so they do
/// not count as motion.
/// </summary>
public sealed class ViewMotion
{
    public const int Block = 12;
    public const int Search = 8;

    /// <summary>A block needs this spread of stored values (8-bit steps) to be followed: a flat patch matches any shift.</summary>
    private const double MinDetail = 1.5;

    /// <summary>A block this alike in both frames where it stands stayed put (what is left is the dither).</summary>
    private const double Unchanged = 0.97;

    /// <summary>A shift must match at least this well to say where the block went.</summary>
    private const double Followed = 0.85;

    /// <summary>The best shift must leave at most this share of the unlikeness that staying put leaves.</summary>
    private const double ClearlyBetter = 0.35;

    /// <summary>A shift whose unlikeness is at most this many times the best's (plus a hair) matches about as well.</summary>
    private const double AboutAsWell = 1.5;

    private readonly double[] _speeds;
    private readonly int _columns;

    private ViewMotion(double[] speeds, int columns) => (_speeds, _columns) = (speeds, columns);

    /// <summary>Each followed block's speed in degrees a second (0 when it stayed put or could not be followed).</summary>
    public IReadOnlyList<double> BlockSpeeds => _speeds;

    public double Fastest => _speeds.Length == 0 ? 0 : _speeds.Max();

    /// <summary>The share of the blocks that moved faster than the speed (degrees a second).</summary>
    public double ShareFasterThan(double degreesPerSecond) =>
        _speeds.Length == 0 ? 0 : _speeds.Count(s => s > degreesPerSecond) / (double)_speeds.Length;

    /// <summary>
    /// The share of the view taken by the largest patch of touching blocks (side by side or one above the other) that
    /// all moved faster than the speed: the largest thing moving that fast, however many small things move besides.
    /// </summary>
    public double LargestShareFasterThan(double degreesPerSecond)
    {
        var seen = new bool[_speeds.Length];
        var largest = 0;
        var patch = new Stack<int>();
        for (var first = 0; first < _speeds.Length; first++)
        {
            if (seen[first] || _speeds[first] <= degreesPerSecond)
            {
                continue;
            }

            var size = 0;
            seen[first] = true;
            patch.Push(first);
            while (patch.TryPop(out var block))
            {
                size++;
                var (row, column) = Math.DivRem(block, _columns);
                Visit(block - _columns, row > 0);
                Visit(block + _columns, block + _columns < _speeds.Length);
                Visit(block - 1, column > 0);
                Visit(block + 1, column < _columns - 1);
            }

            largest = Math.Max(largest, size);
        }

        return _speeds.Length == 0 ? 0 : largest / (double)_speeds.Length;

        void Visit(int block, bool inside)
        {
            if (inside && !seen[block] && _speeds[block] > degreesPerSecond)
            {
                seen[block] = true;
                patch.Push(block);
            }
        }
    }

    /// <summary>Each block at the faster of its speeds here and in <paramref name="other"/> (the same frames over another gap).</summary>
    public ViewMotion Or(ViewMotion other)
    {
        if (other._speeds.Length != _speeds.Length || other._columns != _columns)
        {
            throw new ArgumentException("the motions were measured on pictures of different sizes", nameof(other));
        }

        return new ViewMotion([.. _speeds.Zip(other._speeds, Math.Max)], _columns);
    }

    /// <param name="pixelsPerDegree">How many pixels a degree of view takes, near the middle of the picture.</param>
    public static ViewMotion Between(RgbaImage earlier, RgbaImage later, double seconds, double pixelsPerDegree)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seconds);
        if (earlier.Width != later.Width || earlier.Height != later.Height)
        {
            throw new ArgumentException($"frames of {earlier.Width}x{earlier.Height} and {later.Width}x{later.Height} cannot be compared");
        }

        var a = Values(earlier);
        var b = Values(later);
        var speeds = new List<double>();
        var columns = (earlier.Width - (2 * Search)) / Block;
        for (var top = Search; top + Block + Search <= earlier.Height; top += Block)
        {
            for (var left = Search; left + Block + Search <= earlier.Width; left += Block)
            {
                speeds.Add(BlockShift(a, b, earlier.Width, left, top) / pixelsPerDegree / seconds);
            }
        }

        return new ViewMotion([.. speeds], columns);
    }

    /// <summary>How far, in pixels, the block moved; 0 if it stayed put, has too little detail, or no shift explains it.</summary>
    private static double BlockShift(float[] a, float[] b, int width, int left, int top)
    {
        if (Spread(a, width, left, top, 0, 0) < MinDetail)
        {
            return 0;
        }

        var still = Likeness(a, b, width, left, top, 0, 0);
        if (still >= Unchanged)
        {
            return 0;
        }

        var (best, bestX, bestY) = (still, 0, 0);
        for (var dy = -Search; dy <= Search; dy++)
        {
            for (var dx = -Search; dx <= Search; dx++)
            {
                var likeness = Likeness(a, b, width, left, top, dx, dy);
                if (likeness > best)
                {
                    (best, bestX, bestY) = (likeness, dx, dy);
                }
            }
        }

        if (best < Followed || 1 - best > (1 - still) * ClearlyBetter)
        {
            return 0;
        }

        // A pattern of stripes matches as well anywhere along them: the shortest shift that matches about as well is
        // the motion, not the farthest.
        var shortest = Math.Sqrt((bestX * bestX) + (bestY * bestY));
        for (var dy = -Search; dy <= Search; dy++)
        {
            for (var dx = -Search; dx <= Search; dx++)
            {
                var length = Math.Sqrt((dx * dx) + (dy * dy));
                if (length < shortest && 1 - Likeness(a, b, width, left, top, dx, dy) <= ((1 - best) * AboutAsWell) + 0.002)
                {
                    shortest = length;
                }
            }
        }

        return shortest;
    }

    /// <summary>
    /// The normalised correlation of the block with the later frame's block shifted by (dx, dy): 1 for the same pattern
    /// however brighter or dimmer, so fading and the eye mask's ramps are no motion.
    /// </summary>
    private static double Likeness(float[] a, float[] b, int width, int left, int top, int dx, int dy)
    {
        var (meanA, spreadA) = (Mean(a, width, left, top, 0, 0), Spread(a, width, left, top, 0, 0));
        var (meanB, spreadB) = (Mean(b, width, left, top, dx, dy), Spread(b, width, left, top, dx, dy));
        if (spreadB < MinDetail / 4)
        {
            return 0;
        }

        double sum = 0;
        for (var y = top; y < top + Block; y++)
        {
            var row = y * width;
            var shifted = ((y + dy) * width) + dx;
            for (var x = left; x < left + Block; x++)
            {
                sum += (a[row + x] - meanA) * (b[shifted + x] - meanB);
            }
        }

        return sum / (Block * Block) / (spreadA * spreadB);
    }

    private static double Mean(float[] values, int width, int left, int top, int dx, int dy)
    {
        double sum = 0;
        for (var y = top + dy; y < top + dy + Block; y++)
        {
            for (var x = left + dx; x < left + dx + Block; x++)
            {
                sum += values[(y * width) + x];
            }
        }

        return sum / (Block * Block);
    }

    private static double Spread(float[] values, int width, int left, int top, int dx, int dy)
    {
        var mean = Mean(values, width, left, top, dx, dy);
        double squares = 0;
        for (var y = top + dy; y < top + dy + Block; y++)
        {
            for (var x = left + dx; x < left + dx + Block; x++)
            {
                var d = values[(y * width) + x] - mean;
                squares += d * d;
            }
        }

        return Math.Sqrt(squares / (Block * Block));
    }

    /// <summary>Stored values (Rec. 709 weights, 8-bit steps): the dither's step is one.</summary>
    private static float[] Values(RgbaImage image)
    {
        var values = new float[image.Width * image.Height];
        for (var i = 0; i < values.Length; i++)
        {
            var p = i * 4;
            values[i] = (0.2126f * image.Pixels[p]) + (0.7152f * image.Pixels[p + 1]) + (0.0722f * image.Pixels[p + 2]);
        }

        return values;
    }
}
