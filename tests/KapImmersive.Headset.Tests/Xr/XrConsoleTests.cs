using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Messaging.Consoles;
using NAudio.Wave;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests.Xr;

/// <summary>
/// The headset app in XR mode, as a clinic runs it, against the embedded broker with a console watching: the fake
/// runtime paces frames in real time (90 Hz) and plays the patient.
/// </summary>
[Collection(FakeXrRuntime.Collection)]
public sealed class XrConsoleTests(ITestOutputHelper output)
{
    private const string Headset = "xr1";

    [Fact]
    public async Task The_console_sees_help_the_headset_off_and_on_a_check_in_answered_by_select_telemetry_previews_and_the_gentle_end()
    {
        // From frame 240 on the runtime no longer keeps time, so the 30 s gentle return runs as fast as frames are drawn.
        using var runtime = FakeXrRuntime.Prepare("1 pace 90\n30 help 1\n90 unfocus 0\n150 focus 0\n200 cue 0\n210 select 1\n240 pace 0\n");
        await using var broker = new TestBroker(Headset);
        await broker.StartAsync();
        await using var console = await Consoles.ConnectAsync(broker);
        var notices = new List<ConsoleNotice>();
        List<ConsoleNotice> Notices()
        {
            while (console.Notices.TryRead(out var notice))
            {
                notices.Add(notice);
            }

            return notices;
        }

        ConsoleNotice? Seen(string type) => Notices().FirstOrDefault(n => n.Event?.Type == type);
        using var watch = await TopicWatch.StartAsync(broker);
        var folder = Directory.CreateTempSubdirectory("kap-xr-host-").FullName;
        var wav = Path.Combine(folder, "session.wav");
        using var host = HeadsetHost.Build(broker, Headset, folder, new Dictionary<string, string?>
        {
            ["Kap:App:StartPreset"] = "warm-room",
            ["Kap:App:Display"] = "Xr",
            ["Kap:App:AudioSink"] = "Wav",
            ["Kap:App:AudioFile"] = wav,
            ["Kap:App:PreviewEnabled"] = "true",
            ["Kap:App:PreviewIntervalSeconds"] = "1",
            ["Kap:App:TelemetryIntervalSeconds"] = "1",
            ["Kap:App:ShutdownReturnSeconds"] = "30",
        });
        await host.StartAsync();

        await Eventually.TrueAsync(() => console.Find(Headset)?.State is not null, "the first state snapshot");
        await Eventually.TrueAsync(() => Seen(EventTypes.HelpRequested) is not null, "the help press");
        await Eventually.TrueAsync(() => Seen(EventTypes.HeadsetRemoved) is not null, "the headset taken off");
        await Eventually.TrueAsync(() => Seen(EventTypes.HeadsetWorn) is not null, "the headset put back on");
        Assert.Contains(Notices(), n => n.State is { HeadsetOff: true, HeadsetRemovedAt: not null });
        Assert.False(console.Find(Headset)!.State!.HeadsetOff);

        var asked = await console.SendAsync(Headset, new RequestCheckIn("xr-c1", "dr-lee", "Are you comfortable?", 60), CancellationToken.None);
        Assert.Equal(CommandOutcome.Applied, asked.Outcome);
        await Eventually.TrueAsync(() => console.Find(Headset)!.State!.CheckInId is not null, "the check-in in the state snapshot");
        runtime.Cue();
        await Eventually.TrueAsync(() => Seen(EventTypes.CheckInAnswered) is not null, "the check-in answered by select");
        Assert.Equal("okay", Seen(EventTypes.CheckInAnswered)!.Event!.Answer);

        await Eventually.TrueAsync(() => watch.On(Topics.Telemetry(Headset)).Count() >= 2 && watch.On(Topics.Preview(Headset)).Any(), "telemetry and a preview", 15);
        var telemetry = JsonSerializer.Deserialize(watch.On(Topics.Telemetry(Headset)).Last(), ProtocolJsonContext.Default.TelemetryMessage)!;
        Assert.True(telemetry.FrameMillisecondsP50 > 0 && telemetry.FrameMillisecondsP99 >= telemetry.FrameMillisecondsP50);
        Assert.True(watch.On(Topics.Preview(Headset)).First() is [0xFF, 0xD8, ..], "the preview is a JPEG");

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var stopWatch = Stopwatch.StartNew();
        await host.StopAsync(stopping.Token);
        var stopped = stopWatch.Elapsed;
        await Eventually.TrueAsync(() => console.Find(Headset)!.State!.Phase == "ended", "the ended state");
        var phases = Notices().Where(n => n.Event?.Type == EventTypes.PhaseChanged).Select(n => n.Event!.To).ToList();
        Assert.Equal(["return", "ended"], phases);
        Assert.Contains(Notices(), n => n.State?.Phase == "return");
        foreach (var type in new[] { EventTypes.HelpRequested, EventTypes.HeadsetRemoved, EventTypes.HeadsetWorn, EventTypes.CheckInAnswered })
        {
            var notice = Seen(type)!;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type}: at the console {(notice.ReceivedAt - notice.Event!.At).TotalMilliseconds:F1} ms after the frame that made it (the outbox's write to disk included)"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stop to ended {stopped.TotalSeconds:F1} s; {runtime.RecordedFrames().Length} frames submitted; {watch.On(Topics.Telemetry(Headset)).Count()} telemetry, {watch.On(Topics.Preview(Headset)).Count()} previews"));
        var log = await File.ReadAllTextAsync(Directory.GetFiles(folder, $"{Headset}-*.jsonl").Single());
        Assert.Contains("\"type\":\"reportHeadsetWorn\"", log, StringComparison.Ordinal);
        AssertTheSessionSoundedAndFadedOut(wav);
    }

    /// <summary>The sound ran the whole session long (the gentle return alone is 30 s) and had faded out by its end.</summary>
    private void AssertTheSessionSoundedAndFadedOut(string wav)
    {
        using var reader = new WaveFileReader(wav);
        var all = new float[(int)reader.SampleCount * reader.WaveFormat.Channels];
        var read = reader.ToSampleProvider().Read(all);
        var lastHalfSecond = reader.WaveFormat.SampleRate * reader.WaveFormat.Channels / 2;
        var whole = Rms(all.AsSpan(0, read));
        var end = Rms(all.AsSpan(read - lastHalfSecond, lastHalfSecond));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sound: {reader.TotalTime.TotalSeconds:F1} s, RMS {whole:F4} over the session, {end:F5} in its last half second"));
        Assert.True(reader.TotalTime.TotalSeconds > 30, $"only {reader.TotalTime.TotalSeconds:F1} s of sound");
        Assert.True(whole > 1e-3, $"the session was silent (RMS {whole})");
        Assert.True(end < whole / 10, $"the sound had not faded out at the end (RMS {end} against {whole})");
    }

    private static double Rms(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (var sample in samples)
        {
            sum += sample * sample;
        }

        return Math.Sqrt(sum / samples.Length);
    }
}
