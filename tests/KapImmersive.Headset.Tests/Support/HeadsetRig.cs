using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Core.Protocol;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Links;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Runtime.Records;
using KapImmersive.Headset.Runtime.Session;
using KapImmersive.Headset.Runtime.Sound;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Rendering;
using KapImmersive.Testing;
using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// A real headset session for tests: the headset runtime with the real link to a test broker, the headless EGL display
/// (small eyes), frame-locked sound, a scripted patient and the session log, stepped at 90 Hz on a session clock that
/// runs faster than real time, with the network given real time between frames.
/// </summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    public const double FrameSeconds = 1.0 / 90;

    private readonly string _folder = Directory.CreateTempSubdirectory("kap-headset-").FullName;
    private readonly FakeTimeProvider _time;
    private readonly JsonLinesSessionLog _log;

    private HeadsetRig(HeadsetLink link, SessionClock clock, FakeTimeProvider time, HeadlessDisplay display, PatientScript script, string startPreset, IAudioSink? sink,
        HeadsetRuntimeOptions options)
    {
        Link = link;
        Display = display;
        _time = time;
        _log = new JsonLinesSessionLog(Path.Combine(_folder, "session.jsonl"), clock);
        WavPath = Path.Combine(_folder, "session.wav");
        var (presets, _) = PresetFolder.Load(RepositoryRoot.Combine("environments"));
        presets.TryGet(startPreset, out var start);
        var music = new PresetMusicFactory(RepositoryRoot.Combine("environments"));
        music.CalibrateAll(presets);
        var parts = new HeadsetSessionParts
        {
            Link = new LinkSession(link), Presets = presets, StartPreset = start!, Clock = clock, Time = time, Log = _log, Script = script, Options = options,
        };
        Session = new HeadsetSession(parts, display, first => new FrameLockedSound(first, music, sink ?? new WavFileSink(WavPath)));
    }

    public HeadsetLink Link { get; }

    public HeadlessDisplay Display { get; }

    public HeadsetSession Session { get; }

    public HeadsetLoop Loop => Session.Loop;

    /// <summary>The session's time now, in seconds since it started.</summary>
    public double Now { get; private set; }

    public string WavPath { get; }

    public string LogPath => Path.Combine(_folder, "session.jsonl");

    public static async Task<HeadsetRig> StartAsync(TestBroker broker, string headsetId, PatientScript script, string startPreset = "warm-room",
        int eyeSize = 48, IAudioSink? sink = null, HeadsetRuntimeOptions? options = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var clock = new SessionClock(time.GetUtcNow());
        var outbox = Directory.CreateTempSubdirectory("kap-outbox-").FullName;
        var link = new HeadsetLink(new HeadsetLinkOptions { HeadsetId = headsetId, Link = broker.LinkFor(headsetId), OutboxFolder = outbox },
            clock, TimeProvider.System);
        await link.StartAsync(CancellationToken.None);
        var display = new HeadlessDisplay(new RenderingOptions { EyeWidth = eyeSize, EyeHeight = eyeSize }, time, 90);
        return new HeadsetRig(link, clock, time, display, script, startPreset, sink, options ?? new HeadsetRuntimeOptions());
    }

    /// <summary>Steps the session frame by frame for that many simulated seconds, calling <paramref name="each"/> after every frame.</summary>
    public void Run(double seconds, Action<HeadsetRig>? each = null)
    {
        var end = Now + seconds;
        while (Now < end - 1e-9)
        {
            Now += FrameSeconds;
            _time.SetUtcNow(_time.Start + TimeSpan.FromSeconds(Now));
            Session.Frame(Now, missed: false);
            each?.Invoke(this);
        }
    }

    /// <summary>Keeps the frames coming (giving the network real time between them) until the task is done.</summary>
    public async Task<T> PumpAsync<T>(Task<T> task, Action<HeadsetRig>? each = null, double maxSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(maxSeconds);
        while (!task.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "the network did not answer in time");
            Run(FrameSeconds, each);
            await Task.Delay(2);
        }

        return await task;
    }

    public async Task PumpUntilAsync(Func<bool> condition, Action<HeadsetRig>? each = null, double maxSeconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(maxSeconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true in time");
            Run(FrameSeconds, each);
            await Task.Delay(2);
        }
    }

    public float MeanEyeLuminance()
    {
        var (left, _) = Display.ReadEyes();
        double sum = 0;
        for (var i = 0; i < left.Length; i += 4)
        {
            sum += (0.2126 * left[i]) + (0.7152 * left[i + 1]) + (0.0722 * left[i + 2]);
        }

        return (float)(sum / (left.Length / 4) / 255);
    }

    public async ValueTask DisposeAsync()
    {
        Session.Dispose();
        Display.Dispose();
        await _log.DisposeAsync();
        await Link.DisposeAsync();
    }
}
