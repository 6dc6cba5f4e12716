using KapImmersive.Core.Scene;
using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Session;

/// <summary>The headset's report that it was taken off or put back on: the clinician is told, the scene only holds.</summary>
public sealed class HeadsetWornTests
{
    private readonly SessionReducer _reducer = new(TestPresets.Catalog(TestPresets.Calm()));

    private SessionState _state = SessionReducer.Start(TestPresets.Calm(), 0);

    [Fact]
    public void Taking_the_headset_off_tells_the_clinician_and_changes_nothing_the_patient_sees_or_hears()
    {
        _state = Apply(new SetPhase("p", "dr-lee", SessionPhase.Dosing), 1);
        _state = Apply(new SetDarkness("d", "dr-lee", 0.9, 30), 2);
        var off = _reducer.Apply(_state, Off("off-1"), 5);

        var removed = Assert.Single(off.Events.OfType<HeadsetRemoved>());
        Assert.Equal((5.0, SessionPhase.Dosing), (removed.At, removed.Phase));
        Assert.Equal(5, off.State.HeadsetRemovedAt);
        Assert.Equal(_state.Darkness, off.State.Darkness);
        Assert.Equal(_state.Volume, off.State.Volume);
        for (var t = 5.0; t < 60; t += 0.5)
        {
            Assert.Equal(SceneComposer.Compose(_state, t), SceneComposer.Compose(off.State, t));
        }
    }

    [Fact]
    public void Putting_it_back_on_says_how_long_it_was_off_and_repeated_reports_change_nothing()
    {
        _state = Apply(Off("off-1"), 10);
        var again = _reducer.Apply(_state, Off("off-2"), 12);
        Assert.Empty(again.Events.OfType<HeadsetRemoved>());
        Assert.Equal(10, again.State.HeadsetRemovedAt);
        Assert.Equal(_state.Sequence, again.State.Sequence);

        var on = _reducer.Apply(again.State, On("on-1"), 75);
        var worn = Assert.Single(on.Events.OfType<HeadsetWorn>());
        Assert.Equal((75.0, 10.0), (worn.At, worn.RemovedAt));
        Assert.Null(on.State.HeadsetRemovedAt);
        Assert.Empty(_reducer.Apply(on.State, On("on-2"), 76).Events.OfType<HeadsetWorn>());
    }

    [Fact]
    public void Automatic_check_ins_wait_while_the_headset_is_off_and_come_a_while_after_it_is_back_on()
    {
        _state = Apply(new SetPhase("p", "dr-lee", SessionPhase.Dosing), 0);
        Assert.Equal(15 * 60, _state.NextCheckInAt);
        _state = Apply(Off("off"), 800);

        var whileOff = SessionReducer.Advance(_state, 1000);
        Assert.Empty(whileOff.Events);
        Assert.Null(whileOff.State.CheckIn);

        _state = Apply(On("on"), 1000);
        Assert.Equal(1000 + SessionReducer.SettleAfterWearingSeconds, _state.NextCheckInAt);
        Assert.Empty(SessionReducer.Advance(_state, 1029).Events);
        Assert.Single(SessionReducer.Advance(_state, 1030).Events.OfType<CheckInAsked>());
    }

    [Fact]
    public void Help_is_still_taken_while_the_headset_is_off()
    {
        _state = Apply(Off("off"), 10);
        var help = _reducer.Apply(_state, new RequestHelp("h", SessionReducer.PatientIssuer, "controller"), 11);
        Assert.Single(help.Events.OfType<HelpRequested>());
    }

    private static ReportHeadsetWorn Off(string id) => new(id, SessionReducer.HeadsetIssuer, Worn: false);

    private static ReportHeadsetWorn On(string id) => new(id, SessionReducer.HeadsetIssuer, Worn: true);

    private SessionState Apply(SessionCommand command, double at)
    {
        var result = _reducer.Apply(_state, command, at);
        Assert.Equal(CommandOutcome.Applied, result.Events.OfType<CommandAcknowledged>().Single().Outcome);
        return result.State;
    }
}
