using System.Diagnostics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Web.Graphics;
using KapImmersive.Rendering;
using KapImmersive.Rendering.Cameras;
using KapImmersive.Rendering.Gpu;
using KapImmersive.Rendering.Headless;

namespace KapImmersive.Headset.Web.Checks;

/// <summary>
/// What the room costs this browser's WebGL2 against its yardstick: both eyes of a scripted moment drawn, and a bare
/// full-screen pass (one instruction per pixel) into the same targets, interleaved frame by frame, each waited for
/// with a one-pixel read so the time is the drawing's and not only the queueing's.
/// </summary>
internal static class BrowserRenderCost
{
    /// <returns>The medians in milliseconds: the room's both eyes, and the bare pass into both.</returns>
    public static (double Room, double Bare) Measure(IReadOnlyList<string> presetDocuments, string presetId, string scriptJson, double at, int eyeWidth, int eyeHeight, int frames)
    {
        var gl = new WebGl();
        using var renderer = new RoomRenderer(gl, GlFlavour.Es30, new CanvasPanelArt());
        using var bare = new BarePass(gl, GlFlavour.Es30);
        using var left = TextureFramebuffer.Create(gl, eyeWidth, eyeHeight);
        using var right = TextureFramebuffer.Create(gl, eyeWidth, eyeHeight);
        var session = ScriptedRoom.Start(presetDocuments, presetId, scriptJson).Session;
        var frame = SceneComposer.Compose(session.AdvanceTo(at), at);
        var head = HeadPose.Seated;
        var panel = PanelFollower.AtGaze(head);
        var pixel = new byte[4];
        var room = new List<double>();
        var yardstick = new List<double>();
        for (var i = -2; i < frames; i++)
        {
            var bareTime = Timed(() =>
            {
                bare.Draw(left);
                bare.Draw(right);
                gl.ReadPixels(0, 0, 1, 1, GlConstants.Rgba, GlConstants.UnsignedByte, pixel);
            });
            var roomTime = Timed(() =>
            {
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Left), left, panel, GazeDwell.None);
                renderer.Draw(frame, StereoRig.Headset.EyeView(head, Eye.Right), right, panel, GazeDwell.None);
                gl.ReadPixels(0, 0, 1, 1, GlConstants.Rgba, GlConstants.UnsignedByte, pixel);
            });
            if (i >= 0)
            {
                yardstick.Add(bareTime);
                room.Add(roomTime);
            }
        }

        return (Median(room), Median(yardstick));
    }

    private static double Timed(Action draw)
    {
        var started = Stopwatch.GetTimestamp();
        draw();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
