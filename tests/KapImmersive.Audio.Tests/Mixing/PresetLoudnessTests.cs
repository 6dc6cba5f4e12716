using KapImmersive.Audio.Loudness;
using KapImmersive.Audio.Tests.Support;
using Xunit.Abstractions;

namespace KapImmersive.Audio.Tests.Mixing;

public sealed class PresetLoudnessTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Presets.Ids), MemberType = typeof(Presets))]
    public void Every_preset_at_full_volume_renders_within_its_loudness_target_and_under_minus_3_dBTP(string id)
    {
        var preset = Presets.Named(id);
        var meter = new LoudnessMeter();
        meter.Add(SessionRender.Samples(preset, 180, SessionRender.FullVolume(), new(0, new Core.Session.StartBreathing("b", "test", preset.Breathing.Pattern))));
        var report = meter.Report();
        output.WriteLine($"{id}: {report}");
        Assert.InRange(report.IntegratedLufs, preset.Music.LoudnessTarget - 1, preset.Music.LoudnessTarget + 1);
        Assert.True(report.TruePeakDbtp <= -3, $"true peak {report.TruePeakDbtp:0.0} dBTP");
    }
}
