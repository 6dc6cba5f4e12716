using KapImmersive.Audio;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Output;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Scene;
using KapImmersive.Headset.Runtime.Frames;

namespace KapImmersive.Headset.Runtime.Sound;

/// <summary>
/// Renders the session's sound in step with the frame loop's clock: each frame mixes exactly the samples between the
/// previous frame's time and its own, into a sink (a WAV file, or nowhere). A session run faster than real time (an
/// injected clock) sounds just as it would have live, so tests can measure what the patient would have heard.
/// </summary>
public sealed class FrameLockedSound : IHeadsetSound
{
    private readonly LatestSceneFrame _latest;
    private readonly SceneMixer _mixer;
    private readonly IAudioSink _sink;
    private readonly float[] _buffer = new float[AudioFormat.SampleRate * AudioFormat.Channels / 10];
    private readonly double _startTime;
    private long _framesWritten;

    public FrameLockedSound(SceneFrame first, PresetMusicFactory music, IAudioSink sink)
    {
        _latest = new LatestSceneFrame(first);
        _startTime = first.Time;
        _mixer = new SceneMixer(_latest, music, first.Time);
        _sink = sink;
    }

    public string SinkName => _sink.Name;

    /// <summary>Never: each frame mixes exactly its own samples.</summary>
    public long Underruns => 0;

    public void Start()
    {
    }

    public void Present(in SceneFrame frame, in PatientView patient)
    {
        _latest.Publish(frame);
        var due = (long)Math.Round((frame.Time - _startTime) * AudioFormat.SampleRate) - _framesWritten;
        while (due > 0)
        {
            var frames = (int)Math.Min(due, _buffer.Length / AudioFormat.Channels);
            var samples = _buffer.AsSpan(0, frames * AudioFormat.Channels);
            _mixer.Read(samples);
            _sink.Write(samples);
            _framesWritten += frames;
            due -= frames;
        }
    }

    public void Dispose()
    {
        _sink.Dispose();
        _mixer.Dispose();
    }
}
