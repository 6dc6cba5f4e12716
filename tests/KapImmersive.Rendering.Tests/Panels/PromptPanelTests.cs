using KapImmersive.Core.Patient;
using KapImmersive.Core.Session;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;

namespace KapImmersive.Rendering.Tests.Panels;

[Collection(SharedGl.Name)]
public sealed class PromptPanelTests(RoomFixture room)
{
    private const int Width = 320;
    private const int Height = 180;

    [Fact]
    public void A_pending_check_in_shows_a_centred_legible_prompt()
    {
        var without = Sessions.FrameAt("ocean-twilight", 30, Sessions.Darkness(0, 0));
        var with = Sessions.FrameAt("ocean-twilight", 30, Sessions.Darkness(0, 0), Sessions.CheckIn(20));
        // Large enough that letter strokes cover whole pixels, as they do in a headset eye.
        const int width = 960;
        const int height = 540;
        var (plain, prompted) = room.Run(p => (p.Render(without, PictureEye.Preview, width, height), p.Render(with, PictureEye.Preview, width, height)));

        var box = Measure.Changed(plain, prompted);
        Assert.True(box.Count > width * height / 20, $"only {box.Count} pixels changed: no prompt panel");
        Assert.InRange((box.Left + box.Right) / 2.0, (width / 2.0) - 4, (width / 2.0) + 4);
        Assert.InRange((box.Top + box.Bottom) / 2.0, height * 0.45, height * 0.62);

        var (ink, card) = InkAndCard(prompted, box);
        var contrast = Measure.Contrast(ink, card);
        Assert.True(contrast >= 4.5, $"prompt text contrast {contrast:0.0}:1 (ink {ink:0.###}, card {card:0.###}); WCAG AAA asks 4.5:1 of large text");
        Assert.True(ink < 0.5, $"prompt text at relative luminance {ink:0.###} is not dim");
    }

    [Fact]
    public void In_full_darkness_the_prompt_keeps_enough_light_to_be_answered()
    {
        var without = Sessions.FrameAt("night-sky", 60, Sessions.Darkness(0, 1));
        var with = Sessions.FrameAt("night-sky", 60, Sessions.Darkness(0, 1), Sessions.CheckIn(50));
        Assert.True(with.Exposure < 0.01, "the room is fully dark");
        const int width = 960;
        const int height = 540;
        var (plain, prompted) = room.Run(p => (p.Render(without, PictureEye.Preview, width, height), p.Render(with, PictureEye.Preview, width, height)));

        var box = Measure.Changed(plain, prompted);
        Assert.True(box.Count > width * height / 20, $"only {box.Count} pixels changed: the prompt vanished in the dark");
        // WCAG's ratio adds 0.05 to both sides for the glare of a lit room; in a dark headset with dark-adapted eyes
        // there is none, so the plain luminance ratio is what tells legibility here.
        var (ink, card) = InkAndCard(prompted, box);
        Assert.True(ink / Math.Max(card, 1e-4) >= 10, $"prompt text {ink:0.###} on card {card:0.###}: under 10:1 in the dark");
        Assert.True(ink >= 0.03, $"prompt text at relative luminance {ink:0.###} is too faint to read in the dark");
    }

    [Fact]
    public void Without_a_pending_check_in_there_is_no_panel()
    {
        var never = Sessions.FrameAt("dusk-meadow", 40, Sessions.Darkness(0, 0));
        var answered = Sessions.FrameAt("dusk-meadow", 40, Sessions.Darkness(0, 0), Sessions.CheckIn(20),
            new TimedCommand(25, new AnswerCheckIn("answer", "patient", "c1", CheckInAnswer.Okay)));
        Assert.False(answered.PromptVisible);
        var (a, b) = room.Run(p => (p.Render(never, PictureEye.Preview, Width, Height), p.Render(answered, PictureEye.Preview, Width, Height)));

        Assert.Equal(0, Measure.Changed(a, b, steps: 0).Count);
    }

    [Fact]
    public void The_dwell_ring_fills_on_the_answer_looked_at()
    {
        var frame = Sessions.FrameAt("night-sky", 30, Sessions.Darkness(0, 0), Sessions.CheckIn(20));
        var (idle, dwelling) = room.Run(p => (p.Render(frame, PictureEye.Preview, Width, Height),
            p.Render(frame, PictureEye.Preview, Width, Height, dwell: new GazeDwell(PatientChoice.Okay, 0.75f))));

        var ring = Measure.Changed(idle, dwelling);
        Assert.True(ring.Count > 10, "the dwell ring did not show");
        Assert.True(ring.Right < Width / 2, "the ring is on the left (okay) button");
    }

    /// <summary>The brightest 1% of the panel's pixels are its letters; the median is its card.</summary>
    private static (double Ink, double Card) InkAndCard(RgbaImage image, (int Left, int Top, int Right, int Bottom, int Count) box)
    {
        var levels = new List<float>();
        for (var y = box.Top + 3; y <= box.Bottom - 3; y++)
        {
            for (var x = box.Left + 3; x <= box.Right - 3; x++)
            {
                levels.Add(image.LuminanceAt(x, y));
            }
        }

        levels.Sort();
        return (levels[(int)(levels.Count * 0.99)], levels[levels.Count / 2]);
    }
}
