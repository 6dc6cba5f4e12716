using System.Numerics;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Where the drifting motes are: each travels its own slow direction through a box of air around the room's centre,
/// wrapping round unseen (faded near the box's sides), with a small sway. Moved on the CPU once per frame time so
/// their motion can be measured; the travel is integrated, so a change of speed never makes them jump.
/// </summary>
internal sealed class MoteField
{
    public const int MaxMotes = 480;
    public const float HalfWidth = 7f;
    public const float Floor = 0.2f;
    public const float Ceiling = 3.4f;
    public const float EdgeFade = 1.2f;

    /// <summary>Within this of the box's sides a mote is not drawn at all, so its wrap to the far side is never seen.</summary>
    public const float EdgeMargin = 0.25f;

    /// <summary>Sway amplitude (metres) and rate (radians per second): slow against even the slowest drift.</summary>
    public const float SwayMetres = 0.06f;
    public const float SwayRate = 0.25f;

    private readonly Vector3[] _origin = new Vector3[MaxMotes];
    private readonly Vector3[] _heading = new Vector3[MaxMotes];
    private readonly float[] _phase = new float[MaxMotes];
    private double _travel;
    private double _time = double.NaN;

    public MoteField(int seed = 11)
    {
        var random = new Random(seed);
        for (var i = 0; i < MaxMotes; i++)
        {
            _origin[i] = new Vector3(((random.NextSingle() * 2) - 1) * HalfWidth, Floor + (random.NextSingle() * (Ceiling - Floor)),
                ((random.NextSingle() * 2) - 1) * HalfWidth);
            var around = random.NextSingle() * MathF.Tau;
            _heading[i] = Vector3.Normalize(new Vector3(MathF.Cos(around), (random.NextSingle() - 0.4f) * 0.5f, MathF.Sin(around)));
            _phase[i] = random.NextSingle() * MathF.Tau;
            Instances[(i * 8) + 4] = 0.012f + (0.012f * random.NextSingle());
            Instances[(i * 8) + 5] = 0.45f + (0.55f * random.NextSingle());
            Instances[(i * 8) + 6] = random.NextSingle() * MathF.Tau;
        }
    }

    /// <summary>
    /// Per mote, eight floats: position (xyz) and how visible its place in the box lets it be; then, fixed, its radius
    /// (metres), brightness, pulse phase and an unused slot.
    /// </summary>
    public float[] Instances { get; } = new float[MaxMotes * 8];

    public Vector3 PositionOf(int mote) => new(Instances[mote * 8], Instances[(mote * 8) + 1], Instances[(mote * 8) + 2]);

    public float VisibilityOf(int mote) => Instances[(mote * 8) + 3];

    public static int CountFor(float density) => (int)MathF.Round(Math.Clamp(density, 0, 1) * MaxMotes);

    /// <summary>Moves every mote to <paramref name="time"/>; a jump back or of more than a second restarts the travel from it.</summary>
    public void MoveTo(double time, float metresPerSecond)
    {
        if (time == _time)
        {
            return;
        }

        var step = time - _time;
        _travel = double.IsNaN(step) || step < 0 || step > 1 ? metresPerSecond * time : _travel + (metresPerSecond * step);
        _time = time;
        var travel = (float)_travel;
        var swayAngle = (float)(time * SwayRate % MathF.Tau);
        for (var i = 0; i < MaxMotes; i++)
        {
            var sway = SwayMetres * MathF.Sin(swayAngle + _phase[i]);
            var p = _origin[i] + (_heading[i] * travel) + new Vector3(sway, sway * 0.5f, 0);
            p.X = Wrap(p.X, -HalfWidth, HalfWidth);
            p.Z = Wrap(p.Z, -HalfWidth, HalfWidth);
            p.Y = Wrap(p.Y, Floor, Ceiling);
            var edge = MathF.Min((MathF.Min(HalfWidth - MathF.Abs(p.X), HalfWidth - MathF.Abs(p.Z)) - EdgeMargin) / EdgeFade,
                (MathF.Min(p.Y - Floor, Ceiling - p.Y) - EdgeMargin) / (EdgeFade * 0.5f));
            var offset = i * 8;
            Instances[offset] = p.X;
            Instances[offset + 1] = p.Y;
            Instances[offset + 2] = p.Z;
            Instances[offset + 3] = Math.Clamp(edge, 0, 1);
        }
    }

    private static float Wrap(float value, float low, float high)
    {
        var span = high - low;
        var wrapped = (value - low) % span;
        return (wrapped < 0 ? wrapped + span : wrapped) + low;
    }
}
