using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Headset.Xr;
using KapImmersive.Rendering;
using KapImmersive.Testing;
using SkiaSharp;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>The real OpenXR loader and frame loop against the fake runtime, as fast as the frames can be drawn.</summary>
[Collection(FakeXrRuntime.Collection)]
public sealed class XrFrameLoopTests(ITestOutputHelper output)
{
    private const double FrameSeconds = 1.0 / 90;

    [Fact]
    public void A_scripted_session_renders_both_eyes_reports_help_the_headset_off_and_on_telemetry_and_previews_and_ends_gently()
    {
        using var runtime = FakeXrRuntime.Prepare("10 yaw 20\n30 help 1\n60 unfocus 0\n120 focus 0\n150 stopping 0\n");
        var link = new RecordingLink();
        var probe = new FrameProbe(measureFrom: 20, measureTo: 140);
        var run = Run(link, new HeadsetRuntimeOptions { PreviewEnabled = true, PreviewIntervalSeconds = 1, TelemetryIntervalSeconds = 1 }, probe);

        var lines = runtime.RecordedFrames();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Frames} frames submitted in {run.Wall.TotalSeconds:F2} s wall (process CPU {run.Cpu.TotalMilliseconds / run.Frames:F3} ms a frame, most of them the unrendered frames of the stopping session's return); rendered frames 20 to 140, 64x64 eyes: process CPU {probe.CpuMilliseconds / probe.MeasuredFrames:F3} ms, wall {probe.WallMilliseconds / probe.MeasuredFrames:F3} ms a frame"));
        Assert.Equal(SessionPhase.Ended, run.State.Phase);
        Assert.Equal(run.Frames, lines.Length);
        Assert.True(run.Frames > 2700, $"the 30 s gentle return runs at 90 Hz of runtime time; only {run.Frames} frames");
        var rendered = lines.Where(l => l.Contains(" lum ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        Assert.True(rendered.Count >= 140, "every frame before stopping is rendered; while stopping the runtime asks for none");
        var sample = rendered[20];
        var leftLum = double.Parse(sample[5], CultureInfo.InvariantCulture);
        var difference = double.Parse(sample[8], CultureInfo.InvariantCulture);
        Assert.InRange(leftLum, 0.01, 0.95); // the room, neither black nor blank
        Assert.True(difference > 0, "left and right eyes must differ (stereo)");
        Assert.Equal("pose", sample[9]);

        Assert.Contains(link.Events, e => e is HelpRequested);
        var removed = Assert.Single(link.Events.OfType<HeadsetRemoved>());
        var worn = Assert.Single(link.Events.OfType<HeadsetWorn>());
        // The runtime's focus change is seen before a frame and taken by that frame.
        Assert.Equal(60 * FrameSeconds, removed.At, 6);
        Assert.Equal(120 * FrameSeconds, worn.At, 6);
        Assert.Equal(removed.At, worn.RemovedAt);
        Assert.Contains(link.States, s => s.HeadsetRemovedAt is not null);
        Assert.Null(run.State.HeadsetRemovedAt);
        Assert.Contains(link.Events, e => e is PhaseChanged { To: SessionPhase.Return });
        probe.Watch.AssertCalm();

        Assert.True(link.Telemetry.Count >= 30, $"telemetry every second of the session; got {link.Telemetry.Count}");
        Assert.True(link.Telemetry[0].FrameMillisecondsP50 > 0, "the first second's frames were drawn, which takes time");
        Assert.All(link.Telemetry, t => Assert.True(t.FrameMillisecondsP99 >= t.FrameMillisecondsP50));
        Assert.True(link.Previews.Count >= 30, $"a preview every second of the session; got {link.Previews.Count}");
        using var preview = SKBitmap.Decode(link.Previews[0]);
        Assert.Equal((PreviewCapture.Width, PreviewCapture.Height), (preview.Width, preview.Height));
        Assert.InRange(MeanLuminance(preview), 0.01, 0.95);
    }

    [Fact]
    public void A_select_press_answers_the_check_in_and_the_frames_that_follow_allocate_nothing()
    {
        using var runtime = FakeXrRuntime.Prepare("90 select 1\n400 stopping 0\n");
        var link = new RecordingLink();
        link.Send(new RequestCheckIn("c-1", "dr-lee", "Are you comfortable?", 60));
        var probe = new FrameProbe(measureFrom: 150, measureTo: 390);
        var run = Run(link, new HeadsetRuntimeOptions { TelemetryIntervalSeconds = 600 }, probe);

        Assert.Single(link.Events.OfType<CheckInAsked>());
        var answered = Assert.Single(link.Events.OfType<CheckInAnswered>());
        Assert.Equal(CheckInAnswer.Okay, answered.Answer);
        Assert.Equal(89 * FrameSeconds, answered.At, 6);
        Assert.Equal(SessionPhase.Ended, run.State.Phase);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{probe.Allocated} bytes allocated on the frame thread over frames 150 to 390; process CPU {probe.CpuMilliseconds / probe.MeasuredFrames:F3} ms, wall {probe.WallMilliseconds / probe.MeasuredFrames:F3} ms a frame"));
        Assert.Equal(0, probe.Allocated);
    }

    private static Outcome Run(RecordingLink link, HeadsetRuntimeOptions options, FrameProbe probe)
    {
        Outcome? outcome = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var headset = XrHeadset.Open(new RenderingOptions());
                using var session = XrSessions.Create(new ObservedDisplay(headset, probe), link, "warm-room", options);
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                headset.Run(session, CancellationToken.None);
                outcome = new Outcome(session.Loop.State, headset.FramesSubmitted, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, session.Stats);
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
        return outcome!;
    }

    private static double MeanLuminance(SKBitmap bitmap)
    {
        double sum = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            sum += (0.2126 * pixel.Red) + (0.7152 * pixel.Green) + (0.0722 * pixel.Blue);
        }

        return sum / bitmap.Pixels.Length / 255;
    }

    private sealed record Outcome(SessionState State, long Frames, TimeSpan Wall, TimeSpan Cpu, FrameStats Stats);

    /// <summary>
    /// Watches every frame on the frame thread: that nothing jumps; and between two frames, what the frame thread
    /// allocated, the process's CPU time and the wall time (read outside the allocation window, as they allocate).
    /// </summary>
    private sealed class FrameProbe(long measureFrom, long measureTo) : IFrameOutput
    {
        private long _frames;
        private long _allocatedAtStart;
        private TimeSpan _cpuAtStart;
        private long _startedAt;

        public CalmWatch Watch { get; } = new();

        public long Allocated { get; private set; }

        public double CpuMilliseconds { get; private set; }

        public double WallMilliseconds { get; private set; }

        public long MeasuredFrames => measureTo - measureFrom;

        public void Present(in Core.Scene.SceneFrame frame, in PatientView patient)
        {
            Watch.Add(frame);
            _frames++;
            if (_frames == measureFrom)
            {
                _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
                _startedAt = Stopwatch.GetTimestamp();
                _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
            }
            else if (_frames == measureTo)
            {
                Allocated = GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;
                WallMilliseconds = Stopwatch.GetElapsedTime(_startedAt).TotalMilliseconds;
                CpuMilliseconds = (Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart).TotalMilliseconds;
            }
        }
    }
}
