using KapImmersive.Console.Live;
using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;
using KapImmersive.Core.Protocol;
using KapImmersive.Core.Session;
using KapImmersive.Headset.Runtime.Patient;
using Microsoft.Extensions.Time.Testing;

namespace KapImmersive.Console.Tests.Live;

/// <summary>Missed check-ins and lost links become alerts that stay until acknowledged; commands nobody can take say why.</summary>
public sealed class AlertsTests : IAsyncLifetime
{
    private static readonly string Clara = CommandFactory.IssuerOf("clara");

    private ConsoleRig _console = null!;

    public async Task InitializeAsync() => _console = await ConsoleRig.StartAsync(["room-c", "room-e"]);

    public async Task DisposeAsync() => await _console.DisposeAsync();

    [Fact]
    public async Task An_unanswered_check_in_becomes_a_missed_check_in_alert_that_stays_until_acknowledged()
    {
        var patientTime = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await _console.StartHeadsetAsync("room-c", PatientScript.Idle, patientTime);
        var desk = _console.Service<CommandDesk>();
        var asked = await desk.SendAsync("room-c", new RequestCheckIn(CommandFactory.NewId(), Clara, "Still with me?"), "clara", CancellationToken.None);
        Assert.Equal("applied", asked.Outcome);

        var alerts = _console.Service<AlertDesk>();
        for (var second = 0; second < 700 && !alerts.IsOpen("room-c", EventTypes.CheckInMissed); second++)
        {
            patientTime.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        await Eventually.HoldsAsync(() => alerts.IsOpen("room-c", EventTypes.CheckInMissed), TimeSpan.FromSeconds(5), "a missed check-in alert");
        var alert = alerts.Open().Single(a => a.HeadsetId == "room-c");
        Assert.StartsWith("check-in missed", alert.Text, StringComparison.Ordinal);
        Assert.True(alerts.Acknowledge(alert.Id, "clara"));
        Assert.False(alerts.IsOpen("room-c", EventTypes.CheckInMissed));
    }

    [Fact]
    public void A_not_okay_answer_alerts_the_clinician_once_however_often_it_is_delivered()
    {
        var intake = _console.Service<EventIntake>();
        var answer = new EventMessage { Id = "room-c-answer-1", Type = EventTypes.CheckInAnswered, At = DateTimeOffset.UtcNow, Answer = "notOkay" };
        Assert.True(intake.TakeEvent("room-c", answer));
        Assert.False(intake.TakeEvent("room-c", answer));
        var alert = Assert.Single(_console.Service<AlertDesk>().Open(), a => a.HeadsetId == "room-c");
        Assert.Equal(AlertDesk.NotOkay, alert.Type);
        Assert.Equal("check-in answered: not okay", alert.Text);
    }

    [Fact]
    public async Task A_headset_that_goes_offline_in_session_raises_a_lost_link_alert_and_a_command_to_it_says_why_it_failed()
    {
        var headset = await _console.StartHeadsetAsync("room-e");
        var desk = _console.Service<CommandDesk>();
        var dosing = await desk.SendAsync("room-e", new SetPhase(CommandFactory.NewId(), Clara, SessionPhase.Dosing), "clara", CancellationToken.None);
        Assert.Equal("applied", dosing.Outcome);
        await Eventually.HoldsAsync(() => _console.Service<HeadsetBoard>().Find("room-e")?.State?.Phase == "dosing", TimeSpan.FromSeconds(5), "the card shows dosing");

        await headset.DisposeAsync();
        var alerts = _console.Service<AlertDesk>();
        await Eventually.HoldsAsync(() => alerts.IsOpen("room-e", AlertDesk.LinkLost), TimeSpan.FromSeconds(5), "a lost-link alert");

        var unanswered = await desk.SendAsync("room-e", new SetDarkness(CommandFactory.NewId(), Clara, 0.4), "clara", CancellationToken.None);
        Assert.Contains(unanswered.Outcome, new[] { "rejected", "timedOut" });
        Assert.False(string.IsNullOrWhiteSpace(unanswered.Reason));
        var record = _console.Service<SessionRecord>();
        var session = record.Sessions().First(s => s.HeadsetId == "room-e");
        var outcome = Assert.Single(record.Entries(session.Id), e => e.Kind == EntryKinds.Outcome && e.Text.Contains(unanswered.Reason, StringComparison.Ordinal));
        Assert.Equal(unanswered.Outcome == "timedOut" ? "console" : "broker", outcome.Who);
    }
}
