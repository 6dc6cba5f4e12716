using System.Runtime.InteropServices;
using KapImmersive.Audio;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;
using KapImmersive.Headset.Runtime.Sound;
using KapImmersive.Headset.Web.Interop;

namespace KapImmersive.Headset.Web.Sound;

/// <summary>
/// The session's sound in a browser: the same audio engine as the native headset, mixing from the newest frame, run on
/// the page's one thread after each frame and kept <see cref="LeadSeconds"/> ahead of what the speakers have played,
/// in small blocks handed to an AudioWorklet. A busy frame then never starves the speakers, and the engine's levels
/// follow the scene within that lead, as a native headset's do within its buffer.
/// </summary>
internal sealed class WebAudioSound : IHeadsetSound
{
    /// <summary>
    /// At least 200 ms of sound ready ahead at all times, with room for a page that stalls: a busy browser (measured
    /// on a loaded machine) can hold its thread for 300 ms. The clinician's changes are heard within this lead.
    /// </summary>
    public const double LeadSeconds = 0.5;

    private const int BlockFrames = AudioFormat.SampleRate / 50;

    private readonly LatestSceneFrame _latest;
    private readonly SceneMixer _mixer;
    private readonly float[] _block = new float[BlockFrames * AudioFormat.Channels];
    private long _framesPushed;

    public WebAudioSound(SceneFrame first, PresetMusicFactory music)
    {
        _latest = new LatestSceneFrame(first);
        _mixer = new SceneMixer(_latest, music, first.Time);
    }

    public long Underruns => (long)AudioCalls.Underruns();

    public void Start() => TopUp();

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _latest.Publish(frame);
        TopUp();
    }

    public void Dispose() => _mixer.Dispose();

    private void TopUp()
    {
        var ahead = (_framesPushed - AudioCalls.FramesPlayed()) / AudioFormat.SampleRate;
        while (ahead < LeadSeconds)
        {
            _mixer.Read(_block);
            AudioCalls.Push(MemoryMarshal.AsBytes(_block.AsSpan()));
            _framesPushed += BlockFrames;
            ahead += (double)BlockFrames / AudioFormat.SampleRate;
        }
    }
}
