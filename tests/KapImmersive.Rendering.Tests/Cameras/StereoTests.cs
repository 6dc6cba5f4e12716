using KapImmersive.Core.Patient;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Cameras;

[Collection(SharedGl.Name)]
public sealed class StereoTests(RoomFixture room)
{
    private const int Size = 512;

    [Fact]
    public void The_near_breathing_light_shows_the_disparity_its_distance_gives()
    {
        // The warm room has no stars: things at infinity would sit alike in both eyes and pull the centres together.
        var frame = Sessions.FrameAt("warm-room", 60, Sessions.Breathing(0), Sessions.Darkness(0, 0));
        var (left, right) = room.Run(p => (p.Render(frame, PictureEye.Left, Size, Size), p.Render(frame, PictureEye.Right, Size, Size)));

        var l = Measure.BrightCentre(left, 0.3f) ?? throw new InvalidOperationException("no breathing light in the left eye");
        var r = Measure.BrightCentre(right, 0.3f) ?? throw new InvalidOperationException("no breathing light in the right eye");
        var depth = HeadPose.Seated.Position.Z - Scene.OrbPass.Centre.Z;
        var expected = StereoRig.AverageInterpupillaryMetres / depth / MathF.Tan(FieldOfView.HeadsetEye.AngleRight) * (Size / 2.0);

        Assert.InRange(l.X - r.X, expected - 0.75, expected + 0.75);
        Assert.InRange(l.Y - r.Y, -0.25, 0.25);
    }

    [Fact]
    public void The_sky_and_stars_at_infinity_are_identical_in_both_eyes()
    {
        var frame = Sessions.FrameAt("night-sky", 60, Sessions.Darkness(0, 0));
        var (left, right) = room.Run(p => (p.Render(frame, PictureEye.Left, Size, Size), p.Render(frame, PictureEye.Right, Size, Size)));

        var skyRows = Size * 2 / 5;
        var rowBytes = Size * 4;
        Assert.True(left.Pixels.AsSpan(0, skyRows * rowBytes).SequenceEqual(right.Pixels.AsSpan(0, skyRows * rowBytes)),
            "the upper sky differs between the eyes");
        Assert.False(left.Pixels.AsSpan().SequenceEqual(right.Pixels), "the near ground should differ between the eyes");
    }

    [Fact]
    public void The_horizon_is_level_and_stays_where_it_is()
    {
        var start = Sessions.FrameAt("ocean-twilight", 0);
        var later = Sessions.FrameAt("ocean-twilight", 600);
        var (a, b) = room.Run(p => (p.Render(start, PictureEye.Preview, 160, 90), p.Render(later, PictureEye.Preview, 160, 90)));

        var rows = new[] { HorizonRow(a, 10), HorizonRow(a, 80), HorizonRow(a, 150), HorizonRow(b, 10), HorizonRow(b, 150) };
        Assert.True(rows.Max() - rows.Min() <= 1, $"horizon rows {string.Join(", ", rows)}");
        // The geometric horizon is row 45, the middle of the picture looking level; the haze is brightest just above it.
        Assert.InRange(rows[0], 41, 47);
    }

    [Fact]
    public void Turning_the_head_moves_the_room_the_opposite_way()
    {
        var frame = Sessions.FrameAt("warm-room", 60, Sessions.Darkness(0, 0));
        var (ahead, turned) = room.Run(p => (p.Render(frame, PictureEye.Preview, 320, 180, HeadPose.Seated),
            p.Render(frame, PictureEye.Preview, 320, 180, HeadPose.SeatedLooking(10, 0))));

        var a = Measure.BrightCentre(ahead, 0.4f)!.Value;
        var t = Measure.BrightCentre(turned, 0.4f)!.Value;
        var expected = MathF.Tan(10 * MathF.PI / 180) / MathF.Tan(45 * MathF.PI / 180) * 160;
        Assert.InRange(t.X - a.X, expected - 3, expected + 3);
    }

    /// <summary>
    /// Where the sky meets the ground in a band of columns around x: the brightest row near the middle, for the haze is
    /// thickest at the horizon. A band, not a column, so the dither and the ground's patches average out.
    /// </summary>
    private static int HorizonRow(RgbaImage image, int x)
    {
        float Row(int y) => Enumerable.Range(x - 8, 17).Average(column => image.LuminanceAt(column, y));
        return Enumerable.Range(30, 40).MaxBy(Row);
    }
}
