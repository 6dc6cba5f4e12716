using KapImmersive.Rendering.Comfort;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Rendering.Tests.Comfort;

public sealed class ViewMotionTests
{
    private const int Width = 192;
    private const int Height = 108;
    private const double PixelsPerDegree = 2;

    [Fact]
    public void A_picture_slid_sideways_moves_everywhere_at_the_speed_of_the_slide()
    {
        var motion = ViewMotion.Between(Clouds(0, 1), Clouds(5, 1), seconds: 2, PixelsPerDegree);

        // Five pixels in two seconds at two pixels a degree: 1.25 degrees a second.
        Assert.Equal(1, motion.ShareFasterThan(1.2), 2);
        Assert.Equal(0, motion.ShareFasterThan(1.3), 2);
        Assert.Equal(1.25, motion.Fastest, 3);
        Assert.Equal(1, motion.LargestShareFasterThan(1.2), 2);
    }

    [Fact]
    public void A_picture_that_only_dims_does_not_move()
    {
        var motion = ViewMotion.Between(Clouds(0, 1), Clouds(0, 0.8), seconds: 2, PixelsPerDegree);

        Assert.Equal(0, motion.Fastest);
    }

    [Fact]
    public void One_small_thing_moving_fast_is_a_small_share_at_its_own_speed()
    {
        var before = Clouds(0, 0.3);
        var after = Clouds(0, 0.3);
        Spot(before, 60, 50);
        Spot(after, 63, 54);

        var motion = ViewMotion.Between(before, after, seconds: 0.5, PixelsPerDegree);

        Assert.InRange(motion.ShareFasterThan(0.5), 0.001, 0.05);
        Assert.InRange(motion.LargestShareFasterThan(0.5), 0.001, 0.05);
        Assert.Equal(5, motion.Fastest, 3);
    }

    [Fact]
    public void Two_small_things_apart_are_two_small_things_not_one_large_one()
    {
        var before = Clouds(0, 0.3);
        var after = Clouds(0, 0.3);
        Spot(before, 30, 30);
        Spot(after, 33, 34);
        Spot(before, 150, 80);
        Spot(after, 153, 84);

        var motion = ViewMotion.Between(before, after, seconds: 0.5, PixelsPerDegree);

        Assert.Equal(2 * motion.LargestShareFasterThan(0.5), motion.ShareFasterThan(0.5), 3);
    }

    /// <summary>A soft cloudy pattern (value noise on an 8-pixel lattice), offset to the right and scaled in brightness.</summary>
    private static RgbaImage Clouds(int offset, double brightness)
    {
        var image = new RgbaImage(Width, Height);
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var value = (byte)(brightness * (40 + (160 * Noise((x - offset) / 8.0, y / 8.0))));
                var i = ((y * Width) + x) * 4;
                (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2], image.Pixels[i + 3]) = (value, value, value, 255);
            }
        }

        return image;
    }

    private static void Spot(RgbaImage image, int cx, int cy)
    {
        for (var y = cy - 2; y <= cy + 2; y++)
        {
            for (var x = cx - 2; x <= cx + 2; x++)
            {
                var i = ((y * Width) + x) * 4;
                (image.Pixels[i], image.Pixels[i + 1], image.Pixels[i + 2]) = (250, 250, 250);
            }
        }
    }

    private static double Noise(double x, double y)
    {
        var (ix, iy) = ((int)Math.Floor(x), (int)Math.Floor(y));
        var (fx, fy) = (Smooth(x - ix), Smooth(y - iy));
        var top = Lerp(Lattice(ix, iy), Lattice(ix + 1, iy), fx);
        var bottom = Lerp(Lattice(ix, iy + 1), Lattice(ix + 1, iy + 1), fx);
        return Lerp(top, bottom, fy);
    }

    private static double Lattice(int x, int y)
    {
        var h = unchecked((uint)((x * 374761393) + (y * 668265263)));
        h = unchecked((h ^ (h >> 13)) * 1274126177u);
        return (h & 0xFFFF) / 65535.0;
    }

    private static double Smooth(double t) => t * t * (3 - (2 * t));

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);
}
