using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Display;
using KapImmersive.Headset.Frames;
using KapImmersive.Headset.Hosting;
using KapImmersive.Headset.Patient;
using KapImmersive.Headset.Records;
using KapImmersive.Headset.Sound;
using KapImmersive.Messaging.Headsets;
using KapImmersive.Rendering;
using KapImmersive.Testing;

namespace KapImmersive.Headset.Tests.Support;

/// <summary>
/// A real headset loop for tests: the real link to a test broker, the headless EGL display (small eyes), frame-locked
/// sound, a scripted patient and the session log, stepped at 90 Hz on a simulated clock that runs faster than real
/// time, with the network given real time between frames.
/// </summary>
internal sealed class HeadsetRig : IAsyncDisposable
{
    public const double FrameSeconds = 1.0 / 90;

    private readonly string _folder = Directory.CreateTempSubdirectory("kap-headset-").FullName;
    private readonly JsonLinesSessionLog _log;
    private readonly FrameLockedSound _sound;

    private HeadsetRig(HeadsetLink link, HeadlessDisplay display, PatientScript script, EnvironmentPreset start, PresetCatalog presets, IAudioSink? sink)
    {
        Link = link;
        Display = display;
        var clock = new SessionClock(DateTimeOffset.UtcNow);
        _log = new JsonLinesSessionLog(Path.Combine(_folder, "session.jsonl"), clock);
        var state = SessionReducer.Start(start, 0);
        WavPath = Path.Combine(_folder, "session.wav");
        var music = new PresetMusicFactory(RepositoryRoot.Combine("environments"));
        music.CalibrateAll(presets);

        _sound = new FrameLockedSound(SceneComposer.Compose(state, 0), music, sink ?? new WavFileSink(WavPath));
        HeadsetLoop? loop = null;
        Loop = loop = new HeadsetLoop(new SessionReducer(presets), state, new LinkSession(link), new ScriptedPatient(script, () => loop!.State),
            [display, _sound], _log, dwellSeconds: 2);
        link.Publish(new Transition(state, []), 0);
    }

    public HeadsetLink Link { get; }

    public HeadlessDisplay Display { get; }

    public HeadsetLoop Loop { get; }

    public double Now { get; private set; }

    public string WavPath { get; }

    public string LogPath => Path.Combine(_folder, "session.jsonl");

    public static async Task<HeadsetRig> StartAsync(TestBroker broker, string headsetId, PatientScript script, string startPreset = "warm-room",
        int eyeSize = 48, IAudioSink? sink = null)
    {
        var (presets, _) = PresetFolder.Load(RepositoryRoot.Combine("environments"));
        presets.TryGet(startPreset, out var start);
        var outbox = Directory.CreateTempSubdirectory("kap-outbox-").FullName;
        var link = new HeadsetLink(new HeadsetLinkOptions { HeadsetId = headsetId, Link = broker.LinkFor(headsetId), OutboxFolder = outbox },
            new SessionClock(DateTimeOffset.UtcNow), TimeProvider.System);
        await link.StartAsync(CancellationToken.None);
        var display = new HeadlessDisplay(new RenderingOptions { EyeWidth = eyeSize, EyeHeight = eyeSize }, 64, 36);
        return new HeadsetRig(link, display, script, start!, presets, sink);
    }

    /// <summary>Steps the loop frame by frame for that many simulated seconds, calling <paramref name="each"/> after every frame.</summary>
    public void Run(double seconds, Action<HeadsetRig>? each = null)
    {
        var end = Now + seconds;
        while (Now < end - 1e-9)
        {
            Now += FrameSeconds;
            Loop.Tick(Now);
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
        _sound.Dispose();
        Display.Dispose();
        await _log.DisposeAsync();
        await Link.DisposeAsync();
    }
}
