using System.Diagnostics;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Records;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Runtime.Sound;
using KapImmersive.Messaging.Broker;
using KapImmersive.Messaging.Connection;
using KapImmersive.Messaging.Consoles;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Messaging.Tests.Support;
using KapImmersive.Rendering;

namespace KapImmersive.Bench;

/// <summary>
/// The headset's whole frame loop (link idle, headless renderer at 256x256 a eye, frame-locked audio into a null sink):
/// time per frame and managed bytes per frame over 90 s of 90 Hz frames; then, paced in real time, how long a console
/// command takes to change the frame the patient sees.
/// </summary>
internal sealed class HeadsetBenchmark : IBenchmark
{
    private const int Frames = 8_100;
    private const int Commands = 200;

    public string Name => "headset";

    public string Summary => "headset frame loop per frame (ms, bytes) and command-to-first-changed-frame latency";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("kap-bench-headset-").FullName;
        var port = FreePort.Next();
        await using var broker = new KapBroker(new BrokerOptions
        {
            Port = port,
            Users = [new BrokerUser { Name = "h1", Role = BrokerRole.Headset, PasswordHash = PasswordHash.Create("pw-h1", 1_000) },
                new BrokerUser { Name = "clinic", Role = BrokerRole.Console, PasswordHash = PasswordHash.Create("pw-clinic", 1_000) }],
        }, TimeProvider.System);
        await broker.StartAsync(cancellationToken);
        LinkOptions Link(string user) => new() { Port = port, UserName = user, Password = $"pw-{user}", ReconnectMinSeconds = 0.05, ReconnectMaxSeconds = 0.3 };
        var clock = new SessionClock(DateTimeOffset.UtcNow);
        await using var link = new HeadsetLink(new HeadsetLinkOptions { HeadsetId = "h1", Link = Link("h1"), OutboxFolder = Path.Combine(folder, "outbox") },
            clock, TimeProvider.System);
        await link.StartAsync(cancellationToken);
        await using var console = new ConsoleLink(new ConsoleLinkOptions { Link = Link("clinic") }, TimeProvider.System);
        await console.StartAsync(cancellationToken);
        await console.WaitConnectedAsync(cancellationToken);

        await using var log = new JsonLinesSessionLog(Path.Combine(folder, "session.jsonl"), clock);
        var thread = new Thread(() => Measure(link, clock, console, log, output)) { Name = "bench frame loop" };
        thread.Start();
        await Task.Run(thread.Join, cancellationToken);
    }

    private static void Measure(HeadsetLink link, SessionClock clock, ConsoleLink console, ISessionLog log, TextWriter output)
    {
        var presets = new PresetCatalog(PresetFolder.Load("environments"));
        presets.TryGet("dusk-meadow", out var preset);
        var music = new PresetMusicFactory();
        music.Calibrate(preset!);
        using var display = new HeadlessDisplay(new RenderingOptions { EyeWidth = 256, EyeHeight = 256 }, TimeProvider.System, 90);
        using var session = new HeadsetSession(new HeadsetSessionParts { Link = new LinkSession(link), Presets = presets, StartPreset = preset!, Clock = clock, Log = log },
            display, first => new FrameLockedSound(first, music, new NullSink(paced: false)));
        var loop = session.Loop;

        var times = new double[Frames];
        var t = session.Now();
        for (var i = 0; i < 900; i++)
        {
            session.Frame(t += 1.0 / 90, missed: false);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Frames; i++)
        {
            var start = Stopwatch.GetTimestamp();
            session.Frame(t += 1.0 / 90, missed: false);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Array.Sort(times);
        output.WriteLine($"headset loop: {Frames:N0} frames at 256x256 a eye: p50 {times[Frames / 2]:0.000} ms, p99 {times[(int)(Frames * 0.99)]:0.000} ms a frame (90 Hz budget 11.1 ms)");
        output.WriteLine($"headset loop: process CPU {cpu.TotalMilliseconds / Frames:0.000} ms a frame (all threads); {(double)allocated / Frames:0.###} managed bytes a frame on the loop thread ({allocated} in all)");

        var latencies = new List<double>();
        for (var i = 0; i < Commands; i++)
        {
            var target = i % 2 == 0 ? 0.6 : 0.3;
            var sent = Stopwatch.GetTimestamp();
            _ = console.SendAsync("h1", new SetDarkness($"bench-{i}", "bench", target), CancellationToken.None);
            while (Math.Abs(loop.LastFrame.DarknessTarget - target) > 1e-6)
            {
                Thread.Sleep(1);
                session.Frame(t += 1.0 / 90, missed: false);
            }

            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        latencies.Sort();
        output.WriteLine($"headset loop: console command to first changed frame over {Commands} commands: p50 {latencies[Commands / 2]:0.00} ms, p99 {latencies[(int)(Commands * 0.99)]:0.00} ms (loop polling every ~1 ms)");
    }
}
