using System.Diagnostics;
using KapImmersive.Core.Breathing;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Bench;

/// <summary>The scene composer per frame: time and managed bytes allocated, over millions of 90 Hz frames.</summary>
internal sealed class ComposerBenchmark : IBenchmark
{
    private const int Frames = 2_000_000;
    private const double FrameSeconds = 1.0 / 90;

    public string Name => "composer";

    public string Summary => "SceneComposer.Compose per frame (ns, bytes allocated) over 2,000,000 frames";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var preset = PresetFolder.Load("environments").First(p => p.Id == "dusk-meadow");
        var busy = BusySession(preset);

        var checksum = 0f;
        for (var i = 0; i < 100_000; i++)
        {
            checksum += SceneComposer.Compose(busy, i * FrameSeconds).Exposure;
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Frames; i++)
        {
            var frame = SceneComposer.Compose(busy, 30 + (i * FrameSeconds));
            checksum += frame.Exposure + frame.BreathLightScale + frame.Volume;
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"composer: {Frames:N0} frames in {clock.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine($"composer: {clock.Elapsed.TotalNanoseconds / Frames:0} ns per frame ({Frames / clock.Elapsed.TotalSeconds / 1e6:0.0} M frames/s)");
        output.WriteLine($"composer: {(double)allocated / Frames:0.###} bytes allocated per frame ({allocated} in all, {GC.CollectionCount(0) - gcBefore} gen-0 collections)");
        output.WriteLine($"composer: checksum {checksum:0.0}");
        return Task.CompletedTask;
    }

    /// <summary>A session with everything moving at once: a preset fade, darkness and volume ramps, breathing, a prompt and a message.</summary>
    private static SessionState BusySession(EnvironmentPreset preset)
    {
        var other = preset with { Id = "other", Sky = preset.Sky with { Zenith = new Rgb(0.05f, 0.05f, 0.1f) } };
        var reducer = new SessionReducer(new PresetCatalog([preset, other]));
        var state = SessionReducer.Start(preset, 0);
        SessionCommand[] commands =
        [
            new SetPhase("1", "bench", SessionPhase.Dosing),
            new StartBreathing("2", "bench", BreathingPatterns.Box.Name),
            new LoadPreset("3", "bench", "other"),
            new SetDarkness("4", "bench", 0.9, 600),
            new SetVolume("5", "bench", 0.2, 600),
            new RequestCheckIn("6", "bench", null, 600),
            new ShowMessage("7", "bench", "You are doing well.", 600),
        ];
        foreach (var command in commands)
        {
            state = reducer.Apply(state, command, 1).State;
        }

        return state;
    }
}
