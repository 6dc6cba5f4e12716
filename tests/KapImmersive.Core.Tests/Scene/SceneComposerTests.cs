using KapImmersive.Core.Presets;
using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Scene;

public sealed class SceneComposerTests
{
    private static readonly EnvironmentPreset Night = TestPresets.Shipped.Single(p => p.Id == "night-sky");

    private readonly SessionReducer _reducer = new(TestPresets.Catalog([.. TestPresets.Shipped]));

    [Fact]
    public void Full_darkness_leaves_less_than_one_percent_of_the_light()
    {
        var state = Apply(SessionReducer.Start(Night, 0), new SetDarkness("d", "c", 1), 0);
        var frame = SceneComposer.Compose(state, 1000);
        Assert.Equal(1, frame.Darkness);
        Assert.True(frame.Exposure < 0.01);
        Assert.True(frame.SkyHorizonSeen.Luminance < 0.01 * frame.SkyHorizon.Luminance + 1e-6);
    }

    [Fact]
    public void Seen_colours_follow_the_darkness_ramp_and_never_jump()
    {
        var preset = Night;
        var state = SessionReducer.Start(preset, 0);
        state = Apply(state, new SetDarkness("d", "c", 1, 0), 10);
        var previous = SceneComposer.Compose(state, 10).SkyHorizonSeen.Luminance;
        var maxPerSecond = preset.Sky.Horizon.Luminance / state.Limits.DarknessFullRangeSeconds;
        for (var t = 10 + (1 / 90.0); t < 40; t += 1 / 90.0)
        {
            var now = SceneComposer.Compose(state, t).SkyHorizonSeen.Luminance;
            Assert.True(Math.Abs(now - previous) <= (maxPerSecond / 90) + 1e-6, $"sky luminance jumped at {t:0.000} s");
            previous = now;
        }
    }

    [Fact]
    public void A_pending_check_in_fades_its_prompt_in_and_an_answer_removes_it()
    {
        var state = Apply(SessionReducer.Start(TestPresets.Shipped[0], 0), new RequestCheckIn("c", "dr", "Are you okay?"), 5);
        Assert.Equal(0, SceneComposer.Compose(state, 5).PromptOpacity);
        var shown = SceneComposer.Compose(state, 8);
        Assert.True(shown.PromptVisible);
        Assert.Equal("Are you okay?", shown.PromptText);
        Assert.Equal(state.CheckIn!.Id, shown.CheckInId);
        state = Apply(state, new AnswerCheckIn("a", "patient", state.CheckIn.Id, CheckInAnswer.Okay), 9);
        Assert.False(SceneComposer.Compose(state, 9).PromptVisible);
    }

    [Fact]
    public void Help_is_confirmed_gently_then_the_confirmation_fades()
    {
        var state = Apply(SessionReducer.Start(TestPresets.Shipped[0], 0), new RequestHelp("h", "patient", "button"), 100);
        Assert.Equal(0, SceneComposer.Compose(state, 100).HelpConfirmationOpacity);
        Assert.Equal(1, SceneComposer.Compose(state, 105).HelpConfirmationOpacity);
        Assert.Equal(0, SceneComposer.Compose(state, 100 + SessionReducer.HelpConfirmationSeconds).HelpConfirmationOpacity);
    }

    [Fact]
    public void A_preset_switch_crossfades_the_sky_and_keeps_the_stars_turning_smoothly()
    {
        var night = TestPresets.Shipped.Single(p => p.Id == "night-sky");
        var dusk = TestPresets.Shipped.Single(p => p.Id == "dusk-meadow");
        var state = Apply(SessionReducer.Start(night, 0), new LoadPreset("l", "c", dusk.Id), 600);
        var start = SceneComposer.Compose(state, 600);
        Assert.Equal(night.Sky.Zenith, start.SkyZenith);
        var before = SceneComposer.Compose(state with { Preset = night, PreviousPreset = null }, 600).StarRotationDegrees;
        Assert.Equal(before, start.StarRotationDegrees, 3);
        var end = SceneComposer.Compose(state, state.PresetBlend.EndsAt);
        Assert.Equal(dusk.Sky.Zenith, end.SkyZenith);
    }

    [Fact]
    public void Breathing_swells_the_light_on_the_inhale()
    {
        var state = Apply(SessionReducer.Start(TestPresets.Shipped[0], 0), new StartBreathing("b", "c", "box"), 0);
        var empty = SceneComposer.Compose(state, 16);
        var full = SceneComposer.Compose(state, 20);
        Assert.Equal(1, empty.BreathLightScale, 3);
        Assert.Equal(1 + SceneComposer.BreathLightGrowth, full.BreathLightScale, 3);
        Assert.True(full.CueLevel > 0);
    }

    [Fact]
    public void Composing_a_frame_allocates_nothing()
    {
        var state = Apply(SessionReducer.Start(TestPresets.Shipped[0], 0), new StartBreathing("b", "c", "4-7-8"), 0);
        state = Apply(state, new RequestCheckIn("c", "c"), 1);
        state = Apply(state, new LoadPreset("l", "c", TestPresets.Shipped[1].Id), 2);
        SceneComposer.Compose(state, 3);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var sum = 0f;
        for (var i = 0; i < 10_000; i++)
        {
            sum += SceneComposer.Compose(state, 3 + (i / 90.0)).Exposure;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(sum > 0);
    }

    private SessionState Apply(SessionState state, SessionCommand command, double at)
    {
        var result = _reducer.Apply(state, command, at);
        Assert.DoesNotContain(result.Events, e => e is CommandAcknowledged { Outcome: CommandOutcome.Rejected });
        return result.State;
    }
}
