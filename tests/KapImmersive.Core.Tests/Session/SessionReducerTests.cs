using KapImmersive.Core.Session;

namespace KapImmersive.Core.Tests.Session;

public sealed class SessionReducerTests
{
    private readonly SessionReducer _reducer = new(TestPresets.Catalog(TestPresets.Calm(), TestPresets.Calm("other", ceiling: 0.4)));

    private SessionState _state = SessionReducer.Start(TestPresets.Calm(), 0);

    [Fact]
    public void A_session_starts_silent_and_fades_its_music_in()
    {
        Assert.Equal(0, _state.Volume.ValueAt(0));
        Assert.True(_state.Volume.EndsAt >= SessionReducer.FadeInSeconds);
        Assert.Equal(0.5, _state.Volume.ValueAt(60), 9);
    }

    [Theory]
    [InlineData(SessionPhase.Idle)]
    [InlineData(SessionPhase.Preparation)]
    [InlineData(SessionPhase.Dosing)]
    [InlineData(SessionPhase.Return)]
    [InlineData(SessionPhase.Ended)]
    public void Help_is_accepted_in_every_phase_and_reaches_the_clinician(SessionPhase phase)
    {
        _state = _state with { Phase = phase };
        var result = _reducer.Apply(_state, new RequestHelp("h1", SessionReducer.PatientIssuer, "button"), 5);
        Assert.Equal(CommandOutcome.Applied, Ack(result).Outcome);
        var help = Assert.Single(result.Events.OfType<HelpRequested>());
        Assert.Equal(phase, help.Phase);
        Assert.Equal(5, result.State.HelpRequestedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a source far longer than any input device would ever name itself")]
    [InlineData("line\nbreak")]
    public void Help_is_accepted_even_with_a_source_the_catalogue_would_refuse(string source)
    {
        var result = _reducer.Apply(_state, new RequestHelp("h1", SessionReducer.PatientIssuer, source), 5);
        Assert.Equal(CommandOutcome.Applied, Ack(result).Outcome);
        Assert.Equal(SessionReducer.UnknownHelpSource, Assert.Single(result.Events.OfType<HelpRequested>()).Source);
    }

    [Fact]
    public void Help_is_accepted_even_when_its_id_repeats()
    {
        _state = Apply(new RequestHelp("h", "patient", "button"), 1);
        var again = _reducer.Apply(_state, new RequestHelp("h", "patient", "button"), 2);
        Assert.Single(again.Events.OfType<HelpRequested>());
    }

    [Fact]
    public void A_faster_darkening_than_allowed_is_slowed_and_the_ack_says_so()
    {
        var result = _reducer.Apply(_state, new SetDarkness("d", "dr-lee", 1, 1), 10);
        var ack = Ack(result);
        Assert.Equal(CommandOutcome.Slowed, ack.Outcome);
        Assert.Contains("slowed", ack.Reason, StringComparison.Ordinal);
        Assert.True(result.State.Darkness.Seconds >= 0.8 * 8);
    }

    [Fact]
    public void Volume_above_the_ceiling_is_capped_and_the_ack_says_so()
    {
        var result = _reducer.Apply(_state, new SetVolume("v", "dr-lee", 1, 60), 10);
        var ack = Ack(result);
        Assert.Equal(CommandOutcome.Capped, ack.Outcome);
        Assert.Contains("capped", ack.Reason, StringComparison.Ordinal);
        Assert.Equal(0.8, result.State.Volume.Target, 9);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Out_of_range_levels_are_rejected_and_change_nothing(double level)
    {
        var result = _reducer.Apply(_state, new SetDarkness("d", "dr-lee", level), 10);
        Assert.Equal(CommandOutcome.Rejected, Ack(result).Outcome);
        Assert.Equal(_state.Darkness, result.State.Darkness);
        Assert.Equal(_state.Sequence, result.State.Sequence);
    }

    [Fact]
    public void A_replayed_command_id_is_rejected()
    {
        _state = Apply(new SetDarkness("same", "dr-lee", 0.5), 1);
        var replay = _reducer.Apply(_state, new SetDarkness("same", "dr-lee", 0.9), 2);
        Assert.Equal(CommandOutcome.Rejected, Ack(replay).Outcome);
        Assert.Contains("already received", Ack(replay).Reason, StringComparison.Ordinal);
        Assert.Equal(0.5, replay.State.Darkness.Target, 9);
    }

    [Fact]
    public void An_unanswered_check_in_becomes_a_missed_check_in_event()
    {
        _state = Apply(new RequestCheckIn("c", "dr-lee", "Still with us?", 30), 100);
        Assert.NotNull(_state.CheckIn);
        Assert.Equal(SessionReducer.Advance(_state, 129).State, _state);
        var missed = SessionReducer.Advance(_state, 130);
        var evt = Assert.Single(missed.Events.OfType<CheckInMissed>());
        Assert.Equal(100, evt.AskedAt);
        Assert.Null(missed.State.CheckIn);
    }

    [Fact]
    public void A_check_in_answer_is_reported_once_and_a_late_answer_is_rejected()
    {
        _state = Apply(new RequestCheckIn("c", "dr-lee"), 10);
        var id = _state.CheckIn!.Id;
        var answered = _reducer.Apply(_state, new AnswerCheckIn("a1", "patient", id, CheckInAnswer.NotOkay), 14);
        var evt = Assert.Single(answered.Events.OfType<CheckInAnswered>());
        Assert.Equal(CheckInAnswer.NotOkay, evt.Answer);
        Assert.Equal(10, evt.AskedAt);
        var late = _reducer.Apply(answered.State, new AnswerCheckIn("a2", "patient", id, CheckInAnswer.Okay), 15);
        Assert.Equal(CommandOutcome.Rejected, Ack(late).Outcome);
        Assert.Empty(late.Events.OfType<CheckInAnswered>());
    }

    [Fact]
    public void Dosing_asks_for_check_ins_at_the_preset_interval()
    {
        _state = Apply(new SetPhase("p", "dr-lee", SessionPhase.Dosing), 0);
        var asked = SessionReducer.Advance(_state, 15 * 60);
        Assert.Single(asked.Events.OfType<CheckInAsked>());
        Assert.Equal((15 * 60) + (15 * 60), asked.State.NextCheckInAt);
    }

    [Fact]
    public void Time_that_jumps_ahead_handles_each_due_check_in_at_the_moment_it_fell_due()
    {
        _state = Apply(new SetPhase("p", "dr-lee", SessionPhase.Dosing), 0);
        var jumped = SessionReducer.Advance(_state, 1850);
        Assert.Equal(
            [(900.0, "asked"), (990.0, "missed"), (1800.0, "asked")],
            jumped.Events.Select(e => (e.At, e is CheckInAsked ? "asked" : "missed")));
        Assert.Equal(1800, jumped.State.CheckIn!.AskedAt);
    }

    [Fact]
    public void Ending_the_session_lifts_the_light_fades_the_music_then_ends()
    {
        _state = Apply(new SetDarkness("d", "dr-lee", 1, 60), 0);
        _state = Apply(new StartBreathing("b", "dr-lee", "box"), 60);
        var result = _reducer.Apply(_state, new EndSession("e", "dr-lee", 5), 100);
        Assert.Equal(CommandOutcome.Slowed, Ack(result).Outcome);
        var returning = result.State;
        Assert.Equal(SessionPhase.Return, returning.Phase);
        Assert.True(returning.ReturnEndsAt >= 100 + 30);
        Assert.Equal(0, returning.Darkness.Target);
        Assert.Equal(0, returning.Volume.Target);
        Assert.False(returning.Breathing!.IsOn);

        var ended = SessionReducer.Advance(returning, returning.ReturnEndsAt!.Value);
        Assert.Equal(SessionPhase.Ended, ended.State.Phase);
        Assert.Single(ended.Events.OfType<PhaseChanged>(), e => e.To == SessionPhase.Ended);
        Assert.Equal(0, ended.State.Darkness.ValueAt(returning.ReturnEndsAt!.Value), 9);
    }

    [Fact]
    public void Jumping_straight_to_ended_is_refused_in_favour_of_a_gentle_return()
    {
        var result = _reducer.Apply(_state, new SetPhase("p", "dr-lee", SessionPhase.Ended), 1);
        Assert.Equal(CommandOutcome.Rejected, Ack(result).Outcome);
        Assert.Contains("end-session", Ack(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_quieter_preset_crossfades_and_brings_the_volume_under_its_ceiling()
    {
        _state = Apply(new SetVolume("v", "dr-lee", 0.8, 30), 0);
        var result = _reducer.Apply(_state, new LoadPreset("l", "dr-lee", "other"), 100);
        Assert.Equal(CommandOutcome.Applied, Ack(result).Outcome);
        var state = result.State;
        Assert.Equal("calm", state.PreviousPreset!.Id);
        Assert.Equal(0, state.PresetBlend.ValueAt(100));
        Assert.True(state.PresetBlend.EndsAt - 100 >= SessionReducer.MinPresetFadeSeconds);
        Assert.Equal(0.8, state.Volume.ValueAt(100), 9);
        Assert.Equal(0.4, state.Volume.Target, 9);
    }

    [Fact]
    public void An_unknown_preset_is_rejected_naming_the_ones_there_are()
    {
        var result = _reducer.Apply(_state, new LoadPreset("l", "dr-lee", "beach"), 1);
        Assert.Equal(CommandOutcome.Rejected, Ack(result).Outcome);
        Assert.Contains("calm, other", Ack(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_breathing_pattern_waits_for_empty_lungs_so_the_light_never_jumps()
    {
        _state = Apply(new StartBreathing("b1", "dr-lee", "box"), 0);
        var before = _state.Breathing!.SampleAt(21);
        _state = Apply(new StartBreathing("b2", "dr-lee", "4-7-8"), 21);
        var after = _state.Breathing!.SampleAt(21);
        Assert.Equal(before.Fullness, after.Fullness, 9);
        Assert.Equal(32, _state.Breathing.StartedAt, 9);
        Assert.Equal(0, _state.Breathing.SampleAt(32).Fullness, 9);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("This message is far too long to show a patient who is deeply dissociated; it goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on", "characters")]
    [InlineData("line\u0007bell", "control characters")]
    public void Messages_the_patient_could_not_read_calmly_are_rejected(string text, string reason)
    {
        var result = _reducer.Apply(_state, new ShowMessage("m", "dr-lee", text), 1);
        Assert.Equal(CommandOutcome.Rejected, Ack(result).Outcome);
        Assert.Contains(reason, Ack(result).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Advancing_time_with_nothing_due_returns_the_same_state()
    {
        Assert.Same(_state, SessionReducer.Advance(_state, 1000).State);
    }

    private static CommandAcknowledged Ack(Transition result) => Assert.Single(result.Events.OfType<CommandAcknowledged>());

    private SessionState Apply(SessionCommand command, double at)
    {
        var result = _reducer.Apply(_state, command, at);
        Assert.NotEqual(CommandOutcome.Rejected, Ack(result).Outcome);
        return result.State;
    }
}
