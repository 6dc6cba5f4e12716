using System.Globalization;
using System.Text.Json;
using KapImmersive.Audio;
using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Mixing;
using KapImmersive.Audio.Scene;
using KapImmersive.Core.Presets;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Web.Tests.Support;
using KapImmersive.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Web.Tests.Sound;

/// <summary>
/// The web headset sounds as the native headset does: the same audio engine in WebAssembly, fed to the page's
/// AudioWorklet at the page's frame rate, captured at the worklet's output and compared with the offline render of the
/// same script (the native engine): the same loudness, no gaps, no clicks, while the volume ramps and the breathing cues play.
/// </summary>
public sealed class SoundParityTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const double Seconds = 20;

    private const string Script = """
        [{"at": 0, "type": "setPhase", "args": {"phase": "dosing"}},
         {"at": 1, "type": "startBreathing", "args": {"pattern": "box"}},
         {"at": 8, "type": "setVolume", "args": {"level": 0.9, "seconds": 6}}]
        """;

    private CheckPage _check = null!;

    public async Task InitializeAsync() => _check = await CheckPage.OpenAsync("kapSoundCheck");

    public async Task DisposeAsync() => await _check.DisposeAsync();

    [Fact]
    public async Task The_browser_plays_a_session_at_the_offline_renders_loudness_with_no_gaps_and_no_clicks()
    {
        const string presetId = "ocean-twilight";
        var result = await _check.Page.EvaluateAsync<JsonElement>(
            "([documents, id, script, seconds]) => window.kapSoundCheck(documents, id, script, seconds)",
            new object[] { ShippedPresets.Documents(), presetId, Script, Seconds });
        var heard = Samples(result.GetProperty("samples").GetString()!);
        var figures = result.GetProperty("figures");
        var offline = Offline(presetId, heard.Length);

        var browserLoudness = Loudness(heard);
        var offlineLoudness = Loudness(offline);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{AudioFormat.SecondsOf(heard.Length / AudioFormat.Channels):0.0} s heard: browser {browserLoudness:0.00} LUFS, offline {offlineLoudness:0.00} LUFS; " +
            $"largest step {VolumeSteps.Max(heard):0.00000} against {VolumeSteps.Max(offline):0.00000}; {figures.GetProperty("underruns")} underruns; " +
            $"C# a frame p50 {figures.GetProperty("p50")} ms, p99 {figures.GetProperty("p99")} ms, {figures.GetProperty("total").GetDouble() / (Seconds * 10):0.0}% of the page's time"));

        Assert.Equal(AudioFormat.SampleRate, result.GetProperty("sampleRate").GetInt32());
        Assert.Equal(0, figures.GetProperty("underruns").GetInt32());
        Assert.True(heard.Length >= AudioFormat.FramesOf(Seconds - 1) * AudioFormat.Channels, $"only {heard.Length / 2} frames heard in {Seconds} s");
        Assert.InRange(browserLoudness - offlineLoudness, -0.5, 0.5);
        Assert.True(VolumeSteps.Max(heard) <= VolumeSteps.Max(offline) * 1.05, "the browser's sound has a step the offline render does not: a click");
    }

    private static float[] Samples(string base64)
    {
        var bytes = Convert.FromBase64String(base64);
        var samples = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, samples, 0, samples.Length * sizeof(float));
        return samples;
    }

    private static float[] Offline(string presetId, int length)
    {
        var presets = ShippedPresets.Catalog();
        presets.TryGet(presetId, out var preset);
        var (commands, _) = SessionScript.Parse(Script);
        var music = new PresetMusicFactory();
        music.CalibrateAll(presets);
        using var mixer = new SceneMixer(new ScriptedSceneSource(new ScriptedSession(preset!, presets, commands)), music);
        var samples = new float[length];
        mixer.Read(samples);
        return samples;
    }

    private static double Loudness(float[] samples)
    {
        var meter = new LoudnessMeter(truePeak: false);
        meter.Add(samples);
        return meter.Report().IntegratedLufs;
    }
}
