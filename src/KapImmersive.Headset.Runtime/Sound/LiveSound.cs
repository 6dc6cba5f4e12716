using KapImmersive.Audio;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;

namespace KapImmersive.Headset.Runtime.Sound;

/// <summary>
/// Sound played live: each frame is handed to the audio threads, which mix from the newest one and keep a buffer
/// ahead of the device, so the frame loop never waits on audio.
/// </summary>
public sealed class LiveSound : IHeadsetSound
{
    private readonly LatestSceneFrame _latest;
    private readonly LiveAudioOutput _output;

    public LiveSound(SceneFrame first, PresetMusicFactory music, IAudioSink sink, AudioOptions options)
    {
        _latest = new LatestSceneFrame(first);
        _output = new LiveAudioOutput(new SceneMixer(_latest, music, first.Time), sink, options);
    }

    public string SinkName => _output.SinkName;

    public long Underruns => _output.Underruns;

    public void Start() => _output.Start();

    public void Present(in SceneFrame frame, in PatientView patient) => _latest.Publish(frame);

    public void Dispose() => _output.Dispose();
}
