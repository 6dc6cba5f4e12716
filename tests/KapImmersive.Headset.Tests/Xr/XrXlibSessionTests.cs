using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Safety;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Headset.Tests.Window;
using KapImmersive.Headset.Xr;
using KapImmersive.Rendering;
using KapImmersive.Testing;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>
/// A runtime that takes OpenGL only through Xlib, as SteamVR on Linux does: the fake runtime told so, the real
/// loader, a real X server (Xvfb) and Mesa's GLX.
/// </summary>
[Collection(FakeXrRuntime.Collection)]
public sealed class XrXlibSessionTests(ITestOutputHelper output)
{
    [Fact]
    public void Without_EGL_the_session_binds_a_GLX_context_on_the_X_display_renders_both_eyes_and_ends_gently()
    {
        using var xvfb = XvfbServer.Start();
        using var runtime = FakeXrRuntime.Prepare("10 yaw 20\n60 stopping 0\n", graphics: "xlib");
        var link = new RecordingLink();
        var description = "";
        var phase = SessionPhase.Idle;
        long frames = 0;
        var wall = new Stopwatch();
        var cpu = TimeSpan.Zero;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                RunSession();
            }
#pragma warning disable CA1031 // The failure is thrown again on the test's thread, where xunit reports it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();

        void RunSession()
        {
            using var headset = XrHeadset.Open(new RenderingOptions(), XrGraphicsBinding.Auto, xvfb.Name);
            description = headset.Description;
            using var session = XrSessions.Create(headset, link, "night-sky", new HeadsetRuntimeOptions { ShutdownReturnSeconds = SafetyBounds.MinReturnSeconds });
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            wall.Start();
            headset.Run(session, CancellationToken.None);
            wall.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            frames = headset.FramesSubmitted;
            phase = session.Loop.State.Phase;
        }

        var lines = runtime.RecordedFrames();
        output.WriteLine(description);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{frames} frames submitted through Xlib in {wall.Elapsed.TotalSeconds:F2} s wall; process CPU {cpu.TotalMilliseconds / frames:F3} ms a frame"));
        Assert.Contains($"OpenGL through Xlib and GLX on {xvfb.Name}", description, StringComparison.Ordinal);
        Assert.Contains("kap-fake-openxr", description, StringComparison.Ordinal);
        Assert.Equal(SessionPhase.Ended, phase);
        Assert.Equal(frames, lines.Length);
        Assert.All(lines, line => Assert.EndsWith(" binding xlib", line, StringComparison.Ordinal));
        Assert.True(frames > 60 + (SafetyBounds.MinReturnSeconds * 90) - 10, $"the 30 s gentle return runs at 90 Hz of runtime time after 60 frames; only {frames} frames");

        var rendered = lines.Where(l => l.Contains(" lum ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        Assert.True(rendered.Count >= 55, $"every frame before stopping is rendered; {rendered.Count} were");
        var sample = rendered[30];
        output.WriteLine($"frame {sample[1]}: luminance left {sample[5]}, right {sample[6]}, mean eye difference {sample[8]}");
        Assert.InRange(Number(sample[5]), 0.01, 0.95); // the room in the left eye, neither black nor blank
        Assert.InRange(Number(sample[6]), 0.01, 0.95);
        Assert.True(Number(sample[8]) > 0, "left and right eyes must differ (stereo)");
        Assert.Equal("pose", sample[9]);
        Assert.InRange(Number(sample[14]), 0.17, 0.18); // the runtime's 20 degree yaw, sin(10 degrees), submitted back with the eye
    }

    [Fact]
    public void Without_EGL_and_with_no_X_display_the_app_stops_with_a_plain_message()
    {
        using var runtime = FakeXrRuntime.Prepare("", graphics: "xlib");
        var failure = Assert.Throws<XrRuntimeUnavailableException>(() => XrHeadset.Open(new RenderingOptions(), XrGraphicsBinding.Auto, ":4242"));
        Assert.Contains("takes OpenGL only through Xlib", failure.Message, StringComparison.Ordinal);
        Assert.Contains("':4242' does not answer", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Asked_for_EGL_a_runtime_without_it_is_refused_naming_the_setting()
    {
        using var runtime = FakeXrRuntime.Prepare("", graphics: "xlib");
        var failure = Assert.Throws<XrRuntimeUnavailableException>(() => XrHeadset.Open(new RenderingOptions(), XrGraphicsBinding.Egl));
        Assert.Contains("Kap:App:XrGraphics is Egl", failure.Message, StringComparison.Ordinal);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
