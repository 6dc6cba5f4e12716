using KapImmersive.Core.Safety;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Comfort;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Rendering.Tests.Comfort;

/// <summary>
/// The comfort rules on every preset's rendered frames over a busy ten minutes at 10 frames a second: nothing covering
/// more than a tenth of the view moves faster than half a degree a second, small things stay slow, no flashing, the
/// darkness ramps gently and full darkness is near black.
/// </summary>
[Collection(SharedGl.Name)]
public sealed class PresetMotionTests(RoomFixture room, ITestOutputHelper output)
{
    private const double FramesPerSecond = 10;
    private const double Seconds = 600;
    private const int Width = 192;
    private const int Height = 108;

    /// <summary>Motion is looked at every this many seconds, over a long gap (fine speeds) and a short one (fast things).</summary>
    private const double SampleEverySeconds = 10;
    private const double LongGap = 4;
    private const double ShortGap = 0.4;

    /// <summary>Pixels a degree at the middle of the preview; towards its edges a degree takes more, so speeds read high there.</summary>
    private static readonly double PixelsPerDegree = Width / 2.0 / Math.Tan(PreviewCamera.HorizontalDegrees / 2 * Math.PI / 180) * Math.PI / 180;

    [Theory]
    [MemberData(nameof(Sessions.Ids), MemberType = typeof(Sessions))]
    public void Over_ten_minutes_nothing_large_moves_small_things_stay_slow_nothing_flashes_and_darkness_is_gentle(string preset)
    {
        var arc = Arc(preset);
        var trace = new LuminanceTrace(FramesPerSecond);
        var darkest = room.RunSmall(p =>
        {
            var session = Sessions.Play(preset, arc);
            var last = 0.0;
            for (var i = 0; i <= Seconds * FramesPerSecond; i++)
            {
                var t = i / FramesPerSecond;
                last = p.Render(SceneComposer.Compose(session.AdvanceTo(t), t), PictureEye.Preview, 64, 36).MeanLuminance();
                trace.Add(last);
            }

            return last;
        });

        var (largest, fastest) = room.Run(p =>
        {
            var session = Sessions.Play(preset, arc);
            var (share, speed) = (0.0, 0.0);
            (RgbaImage Picture, bool Dissolving) At(double t)
            {
                var frame = SceneComposer.Compose(session.AdvanceTo(t), t);
                return (p.Render(frame, PictureEye.Preview, Width, Height), frame.PresetBlend < 1);
            }

            for (var t = SampleEverySeconds / 2; t + LongGap < Seconds; t += SampleEverySeconds)
            {
                var (start, soon, later) = (At(t), At(t + ShortGap), At(t + LongGap));
                var slow = ViewMotion.Between(start.Picture, later.Picture, LongGap, PixelsPerDegree);
                var quick = ViewMotion.Between(start.Picture, soon.Picture, ShortGap, PixelsPerDegree);
                share = Math.Max(share, slow.Or(quick).LargestShareFasterThan(ComfortBounds.MaxLargeMotionDegreesPerSecond));

                // While presets dissolve, a fading edge beside an appearing one reads as a small jump to block matching:
                // nothing moves then (Core fades placed things out and in), so small things' speed is taken outside it.
                if (!start.Dissolving && !soon.Dissolving)
                {
                    speed = Math.Max(speed, quick.Fastest);
                }
            }

            return (share, speed);
        });

        output.WriteLine($"{preset}: the largest patch moving faster than {ComfortBounds.MaxLargeMotionDegreesPerSecond} deg/s took {largest:P1} of the view; " +
            $"the fastest thing {fastest:0.#} deg/s; mean luminance changed at most {trace.MaxChangePerSecond():0.#####}/s, " +
            $"{trace.MaxSwingsInAnySecond()} swings in the busiest second; {darkest:0.#####} at full darkness");
        Assert.True(largest <= ComfortBounds.LargeShareOfView, $"a patch taking {largest:P1} of the view moved faster than {ComfortBounds.MaxLargeMotionDegreesPerSecond} deg/s");
        Assert.True(fastest <= ComfortBounds.MaxSmallMotionDegreesPerSecond, $"something crossed the view at {fastest:0.#} deg/s");
        Assert.True(trace.IsComfortable(out var problems), problems);
        Assert.True(darkest < 0.01, $"full darkness left a mean luminance of {darkest:0.#####}");
    }

    /// <summary>Breathing, deepening darkness, a check-in, a message, a change to the next preset and back, then full darkness.</summary>
    private static TimedCommand[] Arc(string preset)
    {
        var ids = Sessions.Presets.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        var next = ids[(ids.IndexOf(preset) + 1) % ids.Count];
        return
        [
            Sessions.Breathing(20),
            Sessions.Darkness(60, 0.8),
            Sessions.CheckIn(120),
            new(150, new AnswerCheckIn("answer", "patient", "c1", CheckInAnswer.Okay)),
            new(200, new ShowMessage("message", "test", "You are doing well. Keep breathing slowly.", 20)),
            Sessions.Darkness(240, 0),
            new(270, new LoadPreset("switch", "test", next)),
            new(400, new LoadPreset("back", "test", preset)),
            new(500, new StopBreathing("stop", "test")),
            Sessions.Darkness(540, 1),
        ];
    }
}
