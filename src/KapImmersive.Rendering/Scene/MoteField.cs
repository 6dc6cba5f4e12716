using System.Numerics;
using KapImmersive.Core.Scene;

namespace KapImmersive.Rendering.Scene;

/// <summary>
/// Where the drifting motes are: each travels its own slow direction through a box of air (<see cref="MoteVolume"/>),
/// wrapping round unseen (faded near the box's sides), with a small sway. Dust drifts mostly level; fireflies wander
/// slowly and sway more; embers rise. Moved on the CPU once per frame time so their motion can be measured; the travel
/// is integrated, so a change of speed never makes them jump.
/// </summary>
internal sealed class MoteField
{
    public const int MaxMotes = 480;

    /// <summary>Within this share of the box's half-size from a side, motes fade out; nearer still they are not drawn at all.</summary>
    public const float EdgeFade = 0.17f;
    public const float EdgeMargin = 0.035f;

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
            _origin[i] = new Vector3((random.NextSingle() * 2) - 1, (random.NextSingle() * 2) - 1, (random.NextSingle() * 2) - 1);
            var around = random.NextSingle() * MathF.Tau;
            _heading[i] = Vector3.Normalize(new Vector3(MathF.Cos(around), (random.NextSingle() - 0.4f) * 0.5f, MathF.Sin(around)));
            _phase[i] = random.NextSingle() * MathF.Tau;
            Instances[(i * 8) + 4] = 0.012f + (0.012f * random.NextSingle());
            Instances[(i * 8) + 5] = 0.45f + (0.55f * random.NextSingle());
            Instances[(i * 8) + 6] = random.NextSingle() * MathF.Tau;
            Instances[(i * 8) + 7] = 0.35f + (0.45f * random.NextSingle());
        }
    }

    /// <summary>
    /// Per mote, eight floats: position (xyz) and how visible its place in the box lets it be; then, fixed, its radius
    /// (metres), brightness, pulse phase and pulse rate (radians per second).
    /// </summary>
    public float[] Instances { get; } = new float[MaxMotes * 8];

    public Vector3 PositionOf(int mote) => new(Instances[mote * 8], Instances[(mote * 8) + 1], Instances[(mote * 8) + 2]);

    public float VisibilityOf(int mote) => Instances[(mote * 8) + 3];

    public static int CountFor(float density) => (int)MathF.Round(Math.Clamp(density, 0, 1) * MaxMotes);

    /// <summary>Moves every mote to <paramref name="time"/>; a jump back or of more than a second restarts the travel from it.</summary>
    public void MoveTo(double time, float metresPerSecond, MoteKind kind, MoteVolume volume)
    {
        var step = time - _time;
        var pace = kind == MoteKind.Fireflies ? 0.5f : 1f;
        _travel = double.IsNaN(step) || step < 0 || step > 1 ? metresPerSecond * pace * time : _travel + (metresPerSecond * pace * step);
        _time = time;
        var travel = (float)_travel;
        var (swayMetres, swayRate) = kind == MoteKind.Fireflies ? (0.22f, 0.17f) : (0.06f, 0.25f);
        var swayAngle = (float)(time * swayRate % MathF.Tau);
        for (var i = 0; i < MaxMotes; i++)
        {
            var heading = HeadingOf(_heading[i], kind);
            var sway = swayMetres * MathF.Sin(swayAngle + _phase[i]);
            var moved = (heading * travel) + new Vector3(sway, sway * 0.5f, sway * MathF.Cos(_phase[i]));
            var place = new Vector3(Wrap(_origin[i].X + (moved.X / volume.HalfSize.X)), Wrap(_origin[i].Y + (moved.Y / volume.HalfSize.Y)),
                Wrap(_origin[i].Z + (moved.Z / volume.HalfSize.Z)));
            var edge = MathF.Min(MathF.Min(1 - MathF.Abs(place.X), 1 - MathF.Abs(place.Z)), 1 - MathF.Abs(place.Y));
            var p = volume.Centre + (place * volume.HalfSize);
            var offset = i * 8;
            Instances[offset] = p.X;
            Instances[offset + 1] = p.Y;
            Instances[offset + 2] = p.Z;
            Instances[offset + 3] = Math.Clamp((edge - EdgeMargin) / EdgeFade, 0, 1);
        }
    }

    private static Vector3 HeadingOf(Vector3 heading, MoteKind kind) => kind switch
    {
        MoteKind.Fireflies => Vector3.Normalize(heading with { Y = heading.Y * 0.3f }),
        MoteKind.Embers => Vector3.Normalize(new Vector3(heading.X * 0.25f, 0.9f + (0.1f * MathF.Abs(heading.Y)), heading.Z * 0.25f)),
        _ => heading,
    };

    /// <summary>Into -1..1, wrapping round.</summary>
    private static float Wrap(float value)
    {
        var wrapped = (value + 1) % 2;
        return (wrapped < 0 ? wrapped + 2 : wrapped) - 1;
    }
}
