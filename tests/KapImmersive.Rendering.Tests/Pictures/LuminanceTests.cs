using KapImmersive.Core.Patient;
using KapImmersive.Core.Safety;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Pictures;

[Collection(SharedGl.Name)]
public sealed class LuminanceTests(RoomFixture room)
{
    public static TheoryData<string> Presets => ["dusk-meadow", "night-sky", "ocean-twilight", "warm-room"];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Full_darkness_leaves_under_one_percent_of_full_scale(string preset)
    {
        var frame = Sessions.FrameAt(preset, 200, Sessions.Darkness(0, 1), Sessions.Breathing(0));
        var picture = room.Run(p => p.Render(frame, PictureEye.Preview, 128, 72));

        Assert.True(picture.MeanLuminance() < 0.01, $"{preset} at darkness {frame.Darkness}: mean luminance {picture.MeanLuminance():0.#####}");
        Assert.True(Measure.MeanValue(picture) < 0.01 + frame.Exposure, $"{preset}: mean value {Measure.MeanValue(picture):0.####}");
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void No_darkness_shows_the_presets_own_sky_and_scales_exactly_with_exposure(string preset)
    {
        var clear = Sessions.FrameAt(preset, 60, Sessions.Darkness(0, 0));
        var zenith = room.Run(p => p.Render(clear, PictureEye.Preview, 64, 64, HeadPose.SeatedLooking(0, 89.9f)));
        var expected = clear.SkyZenith;
        var (r, g, b) = Median(zenith, 32, 32);
        Assert.True(Math.Abs(r - expected.R) < 0.025 && Math.Abs(g - expected.G) < 0.025 && Math.Abs(b - expected.B) < 0.025,
            $"{preset}: zenith drawn as ({r:0.###}, {g:0.###}, {b:0.###}), preset says {expected.ToHex()}");

        var half = Sessions.FrameAt(preset, 60, Sessions.Darkness(0, 0.5));
        var brightAt = room.Run(p => Measure.MeanValue(p.Render(clear, PictureEye.Preview, 128, 72)));
        var halfAt = room.Run(p => Measure.MeanValue(p.Render(half, PictureEye.Preview, 128, 72)));
        Assert.InRange(halfAt / brightAt, (half.Exposure / clear.Exposure) - 0.02, (half.Exposure / clear.Exposure) + 0.02);
    }

    [Fact]
    public void A_darkness_ramp_from_the_reducer_is_drawn_no_faster_than_the_safety_ramp()
    {
        const double fps = 10;
        var session = Sessions.Play("ocean-twilight", Sessions.Darkness(0, 0), Sessions.Darkness(2, 1, 0.5));
        var limits = SafetyLimitsForPreset.Of(Sessions.Preset("ocean-twilight"));
        var levels = room.Run(p =>
        {
            var values = new List<(double Value, float Exposure)>();
            for (var i = 0; i <= 30 * fps; i++)
            {
                var frame = Core.Scene.SceneComposer.Compose(session.AdvanceTo(i / fps), i / fps);
                values.Add((Measure.MeanValue(p.Render(frame, PictureEye.Preview, 64, 36)), frame.Exposure));
            }

            return values;
        });

        var scene = levels[0].Value / levels[0].Exposure;
        var steepest = scene * (1 - ComfortBounds.MinExposure) * limits.MaxDarknessRate * Ramp.PeakSlopeFactor / fps;
        var fastest = levels.Zip(levels.Skip(1), (a, b) => Math.Abs(b.Value - a.Value)).Max();
        Assert.True(fastest <= (steepest * 1.05) + 0.0005, $"drawn luminance moved {fastest:0.#####} in a frame; the safety ramp allows {steepest:0.#####}");
        Assert.True(levels[^1].Value < levels[0].Value * 0.1, "the ramp reached the preset's darkest within 30 s");
        Assert.All(levels, l => Assert.InRange(l.Value, (scene * l.Exposure) - 0.003, (scene * l.Exposure) + 0.003));
    }

    private static (float R, float G, float B) Median(RgbaImage image, int cx, int cy)
    {
        var reds = new List<byte>();
        var greens = new List<byte>();
        var blues = new List<byte>();
        for (var y = cy - 4; y <= cy + 4; y++)
        {
            for (var x = cx - 4; x <= cx + 4; x++)
            {
                var i = ((y * image.Width) + x) * 4;
                reds.Add(image.Pixels[i]);
                greens.Add(image.Pixels[i + 1]);
                blues.Add(image.Pixels[i + 2]);
            }
        }

        static float Middle(List<byte> values) => values.Order().ElementAt(values.Count / 2) / 255f;
        return (Middle(reds), Middle(greens), Middle(blues));
    }
}
