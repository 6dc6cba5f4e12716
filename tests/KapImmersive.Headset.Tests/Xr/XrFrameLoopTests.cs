using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Records;
using KapImmersive.Headset.Xr;
using KapImmersive.Rendering;
using KapImmersive.Testing;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>The real OpenXR loader against the fake runtime the test build compiles (tests/fixtures/fake-openxr-runtime).</summary>
[Collection(OpenXrRuntimeGroup.Name)]
public sealed partial class XrFrameLoopTests(ITestOutputHelper output)
{
    [Fact]
    public void A_scripted_session_renders_both_eyes_asks_for_help_holds_when_the_headset_is_off_and_ends_gently()
    {
        var folder = Directory.CreateTempSubdirectory("kap-xr-").FullName;
        var record = Path.Combine(folder, "record.txt");
        var script = Path.Combine(folder, "script.txt");
        File.WriteAllText(script, "10 yaw 20\n30 help 1\n60 unfocus 0\n120 focus 0\n150 stopping 0\n");
        SetNativeEnvironment("XR_RUNTIME_JSON", Path.Combine(AppContext.BaseDirectory, "fake-openxr-runtime", "manifest.json"));
        SetNativeEnvironment("KAP_FAKE_XR_SCRIPT", script);
        SetNativeEnvironment("KAP_FAKE_XR_RECORD", record);
        var link = new RecordingLink();
        var (presets, _) = PresetFolder.Load(RepositoryRoot.Combine("environments"));
        presets.TryGet("warm-room", out var preset);
        var sawAway = false;
        long frames = 0;
        var watch = new Stopwatch();
        var cpu = TimeSpan.Zero;
        var thread = new Thread(() =>
        {
            using var headset = XrHeadset.Open(new RenderingOptions());
            HeadsetLoop? loop = null;
            headset.Attach(() => loop!.State);
            loop = new HeadsetLoop(new SessionReducer(presets), SessionReducer.Start(preset!, 0), link, headset.Input, [headset.Display],
                new NullLog(), 2);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Start();
            headset.Run(loop, t => t / 1e9, returnSeconds: 5, CancellationToken.None);
            watch.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            frames = headset.FramesSubmitted;
            sawAway = link.Transitions.Any(t => t.State.Message?.Text == XrHeadset.AwayMessage);
            Assert.Equal(SessionPhase.Ended, loop.State.Phase);
        });
        thread.Start();
        thread.Join();

        var lines = File.ReadAllLines(record);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{frames} frames submitted in {watch.Elapsed.TotalSeconds:F2} s wall; process CPU {cpu.TotalMilliseconds / frames:F3} ms a frame"));
        Assert.Equal(frames, lines.Length);
        Assert.True(frames > 450, $"the 5 s gentle return runs at 90 Hz of runtime time; only {frames} frames");
        var rendered = lines.Where(l => l.Contains(" lum ", StringComparison.Ordinal)).Select(l => l.Split(' ')).ToList();
        Assert.True(rendered.Count >= 140, "every frame before stopping is rendered; while stopping the runtime asks for none");
        var sample = rendered[20];
        var leftLum = double.Parse(sample[5], CultureInfo.InvariantCulture);
        var difference = double.Parse(sample[8], CultureInfo.InvariantCulture);
        Assert.InRange(leftLum, 0.01, 0.95); // the room, neither black nor blank
        Assert.True(difference > 0, "left and right eyes must differ (stereo)");
        Assert.Equal("pose", sample[9]);
        Assert.Contains(link.Transitions, t => t.Events.OfType<HelpRequested>().Any());
        Assert.True(sawAway, "focus lost must reach the console as the headset's away message");
        Assert.Contains(link.Transitions, t => t.State.Phase == SessionPhase.Return);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>The loader reads the native environment, which .NET's own Environment does not change on Linux.</summary>
    internal static void SetNativeEnvironment(string name, string value) => Assert.Equal(0, SetEnv(name, value, 1));

    private sealed class RecordingLink : ISessionLink
    {
        public List<Transition> Transitions { get; } = [];

        public bool IsConnected => true;

        public bool TryReadCommand(out SessionCommand? command)
        {
            command = null;
            return false;
        }

        public void Publish(Transition transition, double now) => Transitions.Add(transition);

        public void PublishTelemetry(TelemetryMessage telemetry)
        {
        }

        public void PublishPreview(ReadOnlyMemory<byte> image)
        {
        }
    }

    private sealed class NullLog : ISessionLog
    {
        public void Command(SessionCommand command, double now)
        {
        }

        public void Transition(Transition transition, double now)
        {
        }
    }
}
