using System.Numerics;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Records;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Headset.Window;
using KapImmersive.Rendering;
using KapImmersive.Testing;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests.Window;

/// <summary>The desktop preview window on a real X server (Xvfb) drawn by real Mesa: what it shows and what its keys do.</summary>
public sealed class WindowDisplayTests(ITestOutputHelper output)
{
    private const int Width = 320;
    private const int Height = 180;
    private const double FrameSeconds = 1.0 / 90;

    [Fact]
    public void The_window_shows_the_calm_room()
    {
        using var xvfb = XvfbServer.Start();
        using var display = WindowDisplay.Open(new RenderingOptions(), TimeProvider.System, 90, Width, Height, xvfb.Name);
        var (loop, _) = Loop(display);
        Run(loop, display, 0, 30);

        using var desk = new XClient(xvfb.Name);
        var pixels = desk.Capture(display.WindowHandle, Width, Height);
        Save(pixels, "room");
        Assert.True(Luminance(pixels, 0, Height) > 5, "the window is dark: nothing was drawn or swapped");
        var top = Luminance(pixels, 0, Height / 4);
        var bottom = Luminance(pixels, Height * 3 / 4, Height);
        Assert.True(Math.Abs(top - bottom) > 2, $"no sky gradient: top rows {top:F1}, bottom rows {bottom:F1}");
    }

    [Fact]
    public void A_key_answers_a_pending_check_in_and_another_asks_for_help()
    {
        using var xvfb = XvfbServer.Start();
        using var display = WindowDisplay.Open(new RenderingOptions(), TimeProvider.System, 90, Width, Height, xvfb.Name);
        var (loop, link) = Loop(display);
        var now = Run(loop, display, 0, 5);
        loop.Apply(new RequestCheckIn("c1", "dr-lee", "Are you comfortable?", 60), now);
        now = Run(loop, display, now, 60);
        using var desk = new XClient(xvfb.Name);
        Save(desk.Capture(display.WindowHandle, Width, Height), "check-in");

        desk.Press(display.WindowHandle, 'o');
        now = RunUntil(loop, display, now, () => link.Events.OfType<CheckInAnswered>().Any(), "the check-in answered by the O key");
        var answer = link.Events.OfType<CheckInAnswered>().Single();
        Assert.Equal(("c1", CheckInAnswer.Okay), (answer.CheckInId, answer.Answer));
        Assert.Null(loop.State.CheckIn);

        desk.Press(display.WindowHandle, ' ');
        RunUntil(loop, display, now, () => link.Events.OfType<HelpRequested>().Any(), "help asked by the space bar");
        Assert.Equal(KeyboardInput.Source, link.Events.OfType<HelpRequested>().Single().Source);
    }

    [Fact]
    public void The_close_button_is_only_a_request_and_the_window_keeps_drawing()
    {
        using var xvfb = XvfbServer.Start();
        using var display = WindowDisplay.Open(new RenderingOptions(), TimeProvider.System, 90, Width, Height, xvfb.Name);
        var (loop, _) = Loop(display);
        var now = Run(loop, display, 0, 5);
        using var desk = new XClient(xvfb.Name);
        Assert.False(display.CloseRequested);

        desk.Close(display.WindowHandle);
        RunUntil(loop, display, now, () => display.CloseRequested, "the close request");

        Assert.True(Luminance(desk.Capture(display.WindowHandle, Width, Height), 0, Height) > 5, "the window still shows the room");
    }

    [Fact]
    public void A_held_arrow_key_turns_the_head_slowly_and_letting_go_holds_it()
    {
        const ulong left = 0xff51;
        using var xvfb = XvfbServer.Start();
        using var display = WindowDisplay.Open(new RenderingOptions(), TimeProvider.System, 90, Width, Height, xvfb.Name);
        using var desk = new XClient(xvfb.Name);
        var keyboard = display.Keyboard;
        Assert.Equal(Quaternion.Identity, keyboard.Sample(0).Head.Orientation);

        desk.Send(display.WindowHandle, left, down: true);
        var now = 0.0;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (keyboard.Sample(now += FrameSeconds).Head.Orientation == Quaternion.Identity)
        {
            Assert.True(DateTime.UtcNow < deadline, "gave up after 5 s waiting for the held Left key");
        }

        var turning = Yaw(keyboard.Sample(now).Head.Orientation);
        var turned = Yaw(keyboard.Sample(now + 1).Head.Orientation);
        Assert.Equal(KeyboardInput.TurnDegreesPerSecond, turned - turning, precision: 1);

        desk.Send(display.WindowHandle, left, down: false);
        deadline = DateTime.UtcNow.AddSeconds(5);
        var held = Yaw(keyboard.Sample(now += 1).Head.Orientation);
        while (Yaw(keyboard.Sample(now += 1).Head.Orientation) is var yaw && Math.Abs(yaw - held) > 0.01)
        {
            Assert.True(DateTime.UtcNow < deadline, "gave up after 5 s waiting for the Left key to be let go");
            held = yaw;
        }

        Assert.InRange(held, 1, KeyboardInput.TurnDegreesPerSecond * 3);
    }

    private static double Yaw(Quaternion q) => Math.Atan2(2 * ((q.W * q.Y) + (q.X * q.Z)), 1 - (2 * ((q.Y * q.Y) + (q.X * q.X)))) * 180 / Math.PI;

    private static (HeadsetLoop Loop, RecordingLink Link) Loop(WindowDisplay display)
    {
        var (presets, _) = PresetFolder.Load(RepositoryRoot.Combine("environments"));
        presets.TryGet("warm-room", out var start);
        var link = new RecordingLink();
        var loop = new HeadsetLoop(new SessionReducer(presets), SessionReducer.Start(start!, 0), link, () => 0, [display],
            DiscardedSessionLog.Instance, dwellSeconds: 2);
        return (loop, link);
    }

    private static double Run(HeadsetLoop loop, WindowDisplay display, double now, int frames)
    {
        for (var i = 0; i < frames; i++)
        {
            now += FrameSeconds;
            loop.Tick(now, display.Keyboard);
        }

        return now;
    }

    /// <summary>Steps frames until the X server has delivered a key and the loop acted on it (real time, 5 s at most).</summary>
    private static double RunUntil(HeadsetLoop loop, WindowDisplay display, double now, Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"gave up after 5 s waiting for {what}");
            now = Run(loop, display, now, 1);
        }

        return now;
    }

    private static double Luminance(byte[] rgba, int fromRow, int toRow)
    {
        double sum = 0;
        for (var i = fromRow * Width * 4; i < toRow * Width * 4; i += 4)
        {
            sum += (0.2126 * rgba[i]) + (0.7152 * rgba[i + 1]) + (0.0722 * rgba[i + 2]);
        }

        return sum / ((toRow - fromRow) * Width);
    }

    /// <summary>Keeps what the window showed next to the test results, for a person to look at.</summary>
    private void Save(byte[] rgba, string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kap-window-{name}.jpg");
        File.WriteAllBytes(path, PreviewEncoder.Encode(rgba, Width, Height, 60 * 1024)!);
        output.WriteLine($"window ({name}): {path}");
    }
}
