using System.Collections.Concurrent;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Rendering;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Rendering.Headless;
using KapImmersive.Rendering.Pictures;

namespace KapImmersive.Console.Presets;

/// <summary>
/// A preset as the patient would see and hear it, for the presets page: a picture from the headset's renderer and a
/// short sound from its audio engine, both 90 seconds into a dosing session. GL work runs on one thread of its own
/// (a GL context belongs to the thread that made it); results are kept per preset text, so an edited preset is new.
/// </summary>
public sealed class PresetPreviews(PresetLibrary library, string presetFolder) : IDisposable
{
    public const double MomentSeconds = 90;
    public const double SoundSeconds = 20;
    private const int Width = 640;
    private const int Height = 360;

    private readonly BlockingCollection<Action<RoomPictures>> _glWork = [];
    private readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> _made = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Thread? _glThread;

    public async Task<byte[]?> PictureAsync(string id, CancellationToken cancellationToken) =>
        await PresetAsync(id, cancellationToken) is { } preset ? await Made($"picture:{id}:{preset.GetHashCode()}", () => Picture(preset)) : null;

    public async Task<byte[]?> SoundAsync(string id, CancellationToken cancellationToken) =>
        await PresetAsync(id, cancellationToken) is { } preset ? await Made($"sound:{id}:{preset.GetHashCode()}", () => Task.Run(() => Sound(preset), cancellationToken)) : null;

    public void Dispose()
    {
        _glWork.CompleteAdding();
        _glThread?.Join();
        _glWork.Dispose();
    }

    private async Task<EnvironmentPreset?> PresetAsync(string id, CancellationToken cancellationToken) =>
        await library.ReadAsync(id, cancellationToken) is { } text && PresetParser.Parse(text) is { IsValid: true } parsed ? parsed.Preset : null;

    private Task<byte[]> Made(string key, Func<Task<byte[]>> make) => _made.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(make)).Value;

    private static SceneFrame FrameOf(EnvironmentPreset preset, double at) =>
        SceneComposer.Compose(Session(preset).AdvanceTo(at), at);

    private static ScriptedSession Session(EnvironmentPreset preset) =>
        new(preset, new PresetCatalog([preset]), [new TimedCommand(0, new SetPhase("preview", "console", SessionPhase.Dosing))]);

    private Task<byte[]> Picture(EnvironmentPreset preset)
    {
        var done = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var frame = FrameOf(preset, MomentSeconds);
        EnsureGlThread();
        _glWork.Add(pictures =>
        {
            var path = Path.Combine(Path.GetTempPath(), $"kap-preview-{Guid.NewGuid():N}.png");
            try
            {
                pictures.Render(frame, PictureEye.Preview, Width, Height).SavePng(path);
                done.SetResult(File.ReadAllBytes(path));
            }
#pragma warning disable CA1031 // The failure goes back to the request that asked, not into the GL thread.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                done.SetException(ex);
            }
            finally
            {
                File.Delete(path);
            }
        });
        return done.Task;
    }

    private byte[] Sound(EnvironmentPreset preset)
    {
        var session = Session(preset);
        session.AdvanceTo(MomentSeconds - SoundSeconds);
        var music = new PresetMusicFactory(presetFolder);
        var path = Path.Combine(Path.GetTempPath(), $"kap-preview-{Guid.NewGuid():N}.wav");
        try
        {
            using (var mixer = new SceneMixer(new ScriptedSceneSource(session), music, MomentSeconds - SoundSeconds))
            using (var sink = new WavFileSink(path))
            {
                OfflineRenderer.Render(mixer, SoundSeconds, sink, [], CancellationToken.None);
            }

            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private void EnsureGlThread()
    {
        lock (_gate)
        {
            if (_glThread is not null)
            {
                return;
            }

            _glThread = new Thread(() =>
            {
                using var context = HeadlessGlContext.Create();
                using var pictures = new RoomPictures(context);
                foreach (var work in _glWork.GetConsumingEnumerable())
                {
                    work(pictures);
                }
            })
            { IsBackground = true, Name = "preset previews (GL)" };
            _glThread.Start();
        }
    }
}
