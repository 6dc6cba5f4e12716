using KapImmersive.Core.Commands;
using KapImmersive.Core.Patient;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using KapImmersive.Headset.Tests.Support;
using KapImmersive.Messaging.Consoles;
using NAudio.Wave;
using Xunit.Abstractions;

namespace KapImmersive.Headset.Tests;

/// <summary>Console link + embedded broker + the headless headset: the clinician steers, the patient answers, light and sound follow the ramps.</summary>
public sealed class EndToEndTests(ITestOutputHelper output)
{
    [Fact]
    public Task A_clinicians_steering_reaches_the_patient_gently_and_the_answers_come_back() => GlThread.RunAsync(async () =>
    {
        await using var broker = new TestBroker("h1");
        await broker.StartAsync();
        await using var console = await Consoles.ConnectAsync(broker);
        var script = new PatientScript { AnswerWith = PatientChoice.Okay, AnswerAfterSeconds = 3, AnswerBy = "gaze" };
        await using var rig = await HeadsetRig.StartAsync(broker, "h1", script);
        await rig.PumpUntilAsync(() => console.Find("h1")?.State is not null);

        var results = new List<(string Type, CommandResult Result)>();
        async Task<CommandResult> Send(SessionCommand command)
        {
            var result = await rig.PumpAsync(console.SendAsync("h1", command, CancellationToken.None));
            results.Add((CommandCatalogue.Standard.NameOf(command), result));
            Assert.True(result.Outcome is CommandOutcome.Applied or CommandOutcome.Slowed or CommandOutcome.Capped, $"{command}: {result.Outcome} {result.Reason}");
            return result;
        }

        await Send(new SetPhase("c1", "dr-lee", SessionPhase.Dosing));
        await Send(new LoadPreset("c2", "dr-lee", "night-sky"));
        rig.Run(20);

        var before = rig.MeanEyeLuminance();
        await Send(new SetDarkness("c3", "dr-lee", 0.9));
        var light = new List<float> { before };
        var frames = 0;
        rig.Run(20, r =>
        {
            if (++frames % 9 == 0)
            {
                light.Add(r.MeanEyeLuminance());
            }
        });
        var fullRange = rig.Loop.State.Limits.DarknessFullRangeSeconds;
        for (var i = 1; i < light.Count; i++)
        {
            Assert.True(light[i] <= light[i - 1] + 0.003, $"light rose while darkening, sample {i}");
            Assert.True(light[i - 1] - light[i] <= (before * 0.1 / fullRange * 1.1) + 0.003, $"light dropped too fast at sample {i}: {light[i - 1]} → {light[i]}");
        }

        Assert.True(light[^1] < before * 0.2, $"darkness 0.9 leaves {light[^1] / before:P0} of the light");

        var volumeAt = rig.Now;
        await Send(new SetVolume("c4", "dr-lee", 0.15));
        rig.Run(15);
        await Send(new StartBreathing("c5", "dr-lee", "box"));
        await Send(new RequestCheckIn("c6", "dr-lee", "Are you comfortable?", 60));
        await rig.PumpUntilAsync(() => console.Find("h1")!.Events.Any(e => e.Type == EventTypes.CheckInAnswered));
        var answer = console.Find("h1")!.Events.Single(e => e.Type == EventTypes.CheckInAnswered);
        Assert.Equal("okay", answer.Answer);
        Assert.True(rig.Loop.State.Breathing!.IsOn);

        foreach (var (type, result) in results)
        {
            output.WriteLine($"{type}: {result.Outcome} in {result.Elapsed.TotalMilliseconds:0.0} ms ({result.Reason})");
        }

        await rig.DisposeAsync();
        AssertSoundFollowedTheVolumeRamp(rig.WavPath, volumeAt);
    });

    private void AssertSoundFollowedTheVolumeRamp(string wav, double rampStart)
    {
        using var reader = new WaveFileReader(wav);
        var samples = reader.ToSampleProvider();
        var all = new float[(int)reader.SampleCount * reader.WaveFormat.Channels];
        var read = samples.Read(all);
        var rate = reader.WaveFormat.SampleRate * reader.WaveFormat.Channels;
        double Rms(double from, double seconds)
        {
            var start = (int)(from * rate);
            var count = (int)(seconds * rate);
            double sum = 0;
            for (var i = start; i < start + count && i < read; i++)
            {
                sum += all[i] * all[i];
            }

            return Math.Sqrt(sum / count);
        }

        var beforeRamp = Rms(rampStart - 3, 3);
        var afterRamp = Rms(rampStart + 12, 3);
        var drop = 20 * Math.Log10(beforeRamp / afterRamp);
        output.WriteLine($"sound: {beforeRamp:0.0000} RMS before the volume ramp, {afterRamp:0.0000} after ({drop:0.0} dB lower)");
        Assert.True(drop > 3, $"lowering the volume lowered the sound by only {drop:0.0} dB");

        var largestStep = 0f;
        for (var i = (int)(rampStart * rate); i < (int)((rampStart + 12) * rate) - 2; i += 2)
        {
            largestStep = Math.Max(largestStep, Math.Abs(all[i + 2] - all[i]));
        }

        Assert.True(largestStep < 0.05, $"a step of {largestStep} between samples during the ramp would click");
    }
}
