using System.Diagnostics;
using KapImmersive.Audio.Output;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests;

public sealed class FrameBudgetTests(ITestOutputHelper output)
{
    private const double NinetyHertzBudgetMilliseconds = 1000.0 / 90;

    [Fact]
    public Task A_ten_minute_session_at_90_Hz_keeps_the_frame_budget_and_allocates_nothing_per_frame() => GlThread.RunAsync(async () =>
    {
        await using var broker = new TestBroker("h3");
        await broker.StartAsync();
        // Telemetry (a message every few seconds) is left out: this measures the frames themselves.
        await using var rig = await HeadsetRig.StartAsync(broker, "h3", PatientScript.Idle, "warm-room", eyeSize: 16, sink: new NullSink(paced: false),
            options: new HeadsetRuntimeOptions { TelemetryIntervalSeconds = 3600 });
        rig.Run(5);

        var stats = new FrameStats();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var collections = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        long last = Stopwatch.GetTimestamp();
        long secondHalfStart = 0;
        rig.Run(600, _ =>
        {
            var now = Stopwatch.GetTimestamp();
            stats.Add(Stopwatch.GetElapsedTime(last, now).TotalMilliseconds, missed: false);
            last = now;
            if (stats.Frames == 27_000)
            {
                secondHalfStart = GC.GetAllocatedBytesForCurrentThread();
            }
        });
        wall.Stop();
        var secondHalf = GC.GetAllocatedBytesForCurrentThread() - secondHalfStart;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var (p50, p99) = stats.Percentiles();
        output.WriteLine($"{stats.Frames} frames (600 s at 90 Hz) in {wall.Elapsed.TotalSeconds:0.0} s: p50 {p50:0.000} ms, p99 {p99:0.000} ms a frame, {allocated} bytes allocated in all ({secondHalf} over the last 27,000 frames), {GC.CollectionCount(0) - collections} gen-0 collections");

        Assert.Equal(54_000, stats.Frames);
        Assert.Equal(0, secondHalf);
        Assert.True(allocated < 1024, $"{allocated} bytes allocated over the session: that is per-frame garbage, not warm-up");
        Assert.True(p99 < NinetyHertzBudgetMilliseconds, $"p99 frame time {p99:0.00} ms is over the 90 Hz budget");
    });
}
