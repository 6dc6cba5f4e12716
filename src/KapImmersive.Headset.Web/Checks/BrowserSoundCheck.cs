using System.Diagnostics;
using KapImmersive.Audio.Mixing;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Web.Sound;

namespace KapImmersive.Headset.Web.Checks;

/// <summary>
/// A scripted session heard through the web headset's own sound path (the audio engine in WebAssembly feeding the
/// page's AudioWorklet) at the pace of the page's frames: how a technician (and the tests) check that a headset's
/// browser sounds as the offline render of the same script does, and what the engine costs there.
/// </summary>
internal sealed class BrowserSoundCheck : IDisposable
{
    private readonly ScriptedSession _session;
    private readonly WebAudioSound _sound;
    private readonly List<double> _frameMilliseconds = new(capacity: 8192);

    public BrowserSoundCheck(IReadOnlyList<string> presetDocuments, string presetId, string scriptJson)
    {
        var room = ScriptedRoom.Start(presetDocuments, presetId, scriptJson);
        _session = room.Session;
        var music = new PresetMusicFactory();
        music.CalibrateAll(room.Presets);
        _sound = new WebAudioSound(SceneComposer.Compose(_session.AdvanceTo(0), 0), music);
        _sound.Start();
    }

    public long Underruns => _sound.Underruns;

    /// <summary>One frame at <paramref name="seconds"/> into the session: the newest scene goes to the mixer, which tops up its lead.</summary>
    public void Frame(double seconds)
    {
        var started = Stopwatch.GetTimestamp();
        var frame = SceneComposer.Compose(_session.AdvanceTo(seconds), seconds);
        _sound.Present(frame, default(PatientView));
        _frameMilliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The C# time of the frames so far (composing and mixing): median, 99th percentile and total, in milliseconds.</summary>
    public (double P50, double P99, double Total) FrameTimes()
    {
        if (_frameMilliseconds.Count == 0)
        {
            return (0, 0, 0);
        }

        var sorted = _frameMilliseconds.Order().ToArray();
        return (sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))], sorted.Sum());
    }

    public void Dispose() => _sound.Dispose();
}
