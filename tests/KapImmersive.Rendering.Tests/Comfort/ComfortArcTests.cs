using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Comfort;
using KapImmersive.Rendering.Pictures;
using KapImmersive.Rendering.Scene;
using KapImmersive.Rendering.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Rendering.Tests.Comfort;

[Collection(SharedGl.Name)]
public sealed class ComfortArcTests(RoomFixture room, ITestOutputHelper output)
{
    private const double FramesPerSecond = 10;
    private const double Seconds = 600;

    /// <summary>A busy ten minutes: breathing, deepening darkness, a check-in, a message, a preset change, lifting light.</summary>
    private static readonly TimedCommand[] Arc =
    [
        Sessions.Breathing(20),
        Sessions.Darkness(60, 0.8),
        Sessions.CheckIn(120),
        new(150, new AnswerCheckIn("answer", "patient", "c1", CheckInAnswer.Okay)),
        new(200, new ShowMessage("message", "test", "You are doing well. Keep breathing slowly.", 20)),
        new(300, new LoadPreset("switch", "test", "ocean-twilight")),
        Sessions.Darkness(420, 0.1),
        new(500, new StopBreathing("stop", "test")),
    ];

    [Fact]
    public void A_scripted_ten_minute_arc_at_ten_frames_a_second_passes_the_comfort_checks()
    {
        var session = Sessions.Play("dusk-meadow", Arc);
        var trace = new LuminanceTrace(FramesPerSecond);
        var fastestMote = 0.0;
        var fastestStars = 0.0;
        room.Run(p =>
        {
            var previous = new Vector3[MoteField.MaxMotes];
            var previousVisibility = new float[MoteField.MaxMotes];
            var previousRotation = 0f;
            for (var i = 0; i <= Seconds * FramesPerSecond; i++)
            {
                var t = i / FramesPerSecond;
                var frame = SceneComposer.Compose(session.AdvanceTo(t), t);
                trace.Add(p.Render(frame, PictureEye.Preview, 64, 36).MeanLuminance());
                if (i > 0)
                {
                    fastestStars = Math.Max(fastestStars, Math.Abs(frame.StarRotationDegrees - previousRotation) * FramesPerSecond);
                    fastestMote = Math.Max(fastestMote, FastestMote(p.Renderer, previous, previousVisibility));
                }

                previousRotation = frame.StarRotationDegrees;
                Remember(p.Renderer, previous, previousVisibility);
            }

            return 0;
        });

        output.WriteLine($"mean luminance changed at most {trace.MaxChangePerSecond():0.#####}/s, {trace.MaxSwingsInAnySecond()} swings in the busiest second; " +
            $"stars {fastestStars:0.####} deg/s, motes {fastestMote:0.##} deg/s");
        Assert.True(trace.IsComfortable(out var problems), problems);
        Assert.True(fastestStars <= ComfortLimits.MaxStarDegreesPerSecond, $"stars turned at {fastestStars:0.###} deg/s");
        Assert.True(fastestMote <= ComfortLimits.MaxMoteDegreesPerSecond, $"a mote crossed the view at {fastestMote:0.#} deg/s");
        Assert.True(fastestMote > 0, "no motes were measured");
    }

    /// <summary>Angular speed, seen from the seated head, of the fastest mote that was drawn in both frames.</summary>
    private static double FastestMote(RoomRenderer renderer, Vector3[] previous, float[] previousVisibility)
    {
        var head = HeadPose.Seated.Position;
        var fastest = 0.0;
        for (var m = 0; m < MoteField.MaxMotes; m++)
        {
            var now = renderer.Motes.PositionOf(m);
            var near = Math.Min(Vector3.Distance(now, head), Vector3.Distance(previous[m], head));
            if (renderer.Motes.VisibilityOf(m) <= 0 || previousVisibility[m] <= 0 || near < MotePass.NearMetres)
            {
                continue;
            }

            var cos = Vector3.Dot(Vector3.Normalize(now - head), Vector3.Normalize(previous[m] - head));
            fastest = Math.Max(fastest, Math.Acos(Math.Clamp(cos, -1, 1)) * 180 / Math.PI * FramesPerSecond);
        }

        return fastest;
    }

    private static void Remember(RoomRenderer renderer, Vector3[] positions, float[] visibility)
    {
        for (var m = 0; m < MoteField.MaxMotes; m++)
        {
            positions[m] = renderer.Motes.PositionOf(m);
            visibility[m] = renderer.Motes.VisibilityOf(m);
        }
    }
}
