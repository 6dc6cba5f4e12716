using System.Diagnostics;
using KapImmersive.Audio;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Session;

namespace KapImmersive.Bench;

/// <summary>
/// The audio engine per preset, rendering on one thread: every soundscape layer of the dosing phase, the breathing cue and
/// a prompt chime, rendered into the null sink in 20 ms buffers (a live output's period). Prints the multiple of real
/// time and the bytes allocated per buffer once warmed up. Speed is given by the CPU time spent (one core's worth:
/// the render is one thread), which a machine shared with other work distorts far less than the wall clock.
/// </summary>
internal sealed class AudioBenchmark : IBenchmark
{
    private const double WarmUpSeconds = 300;

    /// <summary>Short of the first scheduled check-in (10 min in), whose session events would count as allocations.</summary>
    private const double MeasuredSeconds = 240;

    private const int BufferFrames = AudioFormat.SampleRate / 50;

    public string Name => "audio";

    public string Summary => "SceneMixer render speed (x real time, one thread) and bytes allocated per 20 ms buffer, per preset";

    public Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        foreach (var preset in PresetFolder.Load("environments").OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Measure(preset, output);
        }

        return Task.CompletedTask;
    }

    private static void Measure(EnvironmentPreset preset, TextWriter output)
    {
        TimedCommand[] script =
        [
            new(0, new SetPhase("dosing", "bench", SessionPhase.Dosing)),
            new(0, new SetVolume("full", "bench", 1)),
            new(0, new StartBreathing("breathe", "bench", "box")),
            new(WarmUpSeconds - 1, new RequestCheckIn("check-in", "bench", null, 600)),
        ];
        var session = new ScriptedSession(preset, new PresetCatalog([preset]), script);
        using var mixer = new SceneMixer(new ScriptedSceneSource(session), new PresetMusicFactory());
        using var sink = new NullSink(paced: false);
        var buffer = new float[BufferFrames * AudioFormat.Channels];
        var warmUpBuffers = (int)(WarmUpSeconds * 50);
        for (var i = 0; i < warmUpBuffers; i++)
        {
            mixer.Read(buffer);
            sink.Write(buffer);
        }

        var buffers = (int)(MeasuredSeconds * 50);
        using var process = Process.GetCurrentProcess();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < buffers; i++)
        {
            mixer.Read(buffer);
            sink.Write(buffer);
        }

        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var layers = preset.Music.Soundscape?.Layers.Count ?? 0;
        output.WriteLine($"audio: {preset.Id,-15} {MeasuredSeconds / cpu.TotalSeconds,5:0}x real time by CPU time " +
            $"({MeasuredSeconds / clock.Elapsed.TotalSeconds:0}x by the wall clock; {MeasuredSeconds:0} s of audio, {layers} layers + breathing cue + chime), " +
            $"{(double)allocated / buffers:0.###} bytes allocated per buffer");
    }
}
