using System.Diagnostics;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Tests.Support;
using Microsoft.Extensions.Options;

namespace KapImmersive.Audio.Tests.Output;

[Collection(RunsAlone.Name)]
public sealed class LiveOutputTests
{
    [Fact]
    public async Task Live_output_keeps_real_time_into_a_PulseAudio_null_sink_for_half_a_minute_with_no_underruns()
    {
        using var server = PulseServer.Start();
        var options = new AudioOptions { PulseServer = server.Address };
        var sink = new AudioOutputs(Options.Create(options)).Open(out var message);
        Assert.Null(message);
        Assert.IsType<PulseAudioSink>(sink);

        var preset = Presets.Named("ocean-twilight");
        using var mixer = SessionRender.Mixer(preset, new Core.Session.TimedCommand(0, new Core.Session.StartBreathing("b", "test", "box")));
        using var live = new LiveAudioOutput(mixer, sink, options);

        // The other tests leave hundreds of megabytes of rendered audio behind; collect it now, not mid-run.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        live.Start();

        // The rate is taken after the first seconds, once the server's buffer is full: filling it is not playing.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var playedAtStart = live.FramesPlayed;
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(30));
        var played = AudioFormat.SecondsOf(live.FramesPlayed - playedAtStart);
        var elapsed = clock.Elapsed.TotalSeconds;
        await live.StopAsync(CancellationToken.None);

        Assert.Null(live.Fault);
        Assert.True(live.Underruns == 0, $"{live.Underruns} underruns; played {played:0.00} s in {elapsed:0.00} s");
        Assert.InRange(played / elapsed, 0.98, 1.02);
    }

    [Fact]
    public void With_no_server_the_output_falls_back_to_the_null_sink_with_a_plain_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"kap-no-pulse-{Guid.NewGuid():N}", "native");
        using var sink = new AudioOutputs(Options.Create(new AudioOptions { PulseServer = $"unix:{missing}" })).Open(out var message);
        Assert.IsType<NullSink>(sink);
        Assert.Equal("No sound device: no PulseAudio server is running (connection refused). Playing silently (null sink) so the session keeps its timing.", message);
    }

    [Fact]
    public async Task The_paced_null_sink_keeps_real_time_and_counts_no_underruns()
    {
        var options = new AudioOptions { Output = "null" };
        var sink = new AudioOutputs(Options.Create(options)).Open(out var message);
        Assert.Null(message);
        using var mixer = SessionRender.Mixer(Presets.Named("warm-room"));
        using var live = new LiveAudioOutput(mixer, sink, options);
        live.Start();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var played = AudioFormat.SecondsOf(live.FramesPlayed);
        var elapsed = clock.Elapsed.TotalSeconds;
        await live.StopAsync(CancellationToken.None);
        Assert.Equal(0, live.Underruns);
        Assert.InRange(played / elapsed, 0.95, 1.05);
    }
}
