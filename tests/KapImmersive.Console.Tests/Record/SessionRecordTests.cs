using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;

namespace KapImmersive.Console.Tests.Record;

/// <summary>The record's guarantees, the same on SQLite and on PostgreSQL: every test runs on both.</summary>
[Collection(PostgresGroup.Name)]
public sealed class SessionRecordTests(PostgresFixture postgres) : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly RecordStores _stores = new(postgres);

    public static TheoryData<RecordStoreKind> Stores => RecordStores.Both;

    public void Dispose() => _stores.Dispose();

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_event_delivered_twice_is_recorded_once_with_its_alert_once(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        var help = new NewEntry("room-a", T0, EntryKinds.Event, "helpRequested", "patient", "help requested") { Reference = "e-1" };
        Assert.NotNull(record.AddEvent(help, alertType: "helpRequested", out var first));
        Assert.Null(record.AddEvent(help, alertType: "helpRequested", out var again));
        Assert.True(first);
        Assert.False(again);
        Assert.Equal(1, record.CountEvent("room-a", "e-1"));
        Assert.Single(record.OpenAlerts());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_acknowledgement_closes_the_alert_once_and_records_who(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        var alert = record.RaiseAlert("room-a", "linkLost", "lost the link", T0, null)!;
        Assert.True(record.Acknowledge(alert.Id, "clara", T0.AddSeconds(4)));
        Assert.False(record.Acknowledge(alert.Id, "bob", T0.AddSeconds(5)));
        Assert.Empty(record.OpenAlerts());
        Assert.Equal("clara", record.FindAlert(alert.Id)?.AcknowledgedBy);
        Assert.Equal([(alert.Id, "clara")], record.AcknowledgedSince(T0.AddSeconds(4)));
        var session = Assert.Single(record.Sessions());
        Assert.Contains(record.Entries(session.Id), e => e is { Kind: EntryKinds.Acknowledgement, Who: "clara" });
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_headset_has_one_open_lost_link_alert_at_a_time_and_a_new_one_after_the_acknowledgement(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        var first = record.RaiseAlert("room-a", "linkLost", "lost the link", T0, null, oneOpenAtATime: true);
        Assert.NotNull(first);
        Assert.Null(record.RaiseAlert("room-a", "linkLost", "lost the link", T0.AddSeconds(1), null, oneOpenAtATime: true));
        Assert.NotNull(record.RaiseAlert("room-b", "linkLost", "lost the link", T0.AddSeconds(1), null, oneOpenAtATime: true));
        Assert.True(record.Acknowledge(first.Id, "clara", T0.AddSeconds(2)));
        Assert.NotNull(record.RaiseAlert("room-a", "linkLost", "lost the link again", T0.AddSeconds(3), null, oneOpenAtATime: true));
        Assert.Equal(2, record.OpenAlerts().Count);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_line_every_console_hears_is_kept_once_and_a_line_without_a_key_every_time(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        var motion = new NewEntry("room-a", T0, EntryKinds.Motion, "headMotion", "headset", "head motion 3 °/s") { Value = 3, OnceKey = "motion 09:00" };
        Assert.NotNull(record.Add(motion));
        Assert.Null(record.Add(motion));
        Assert.NotNull(record.Add(motion with { HeadsetId = "room-b" }));
        var typed = new NewEntry("room-a", T0, EntryKinds.Vitals, "vitals", "clara", "heart rate 70/min") { Value = 70 };
        Assert.NotNull(record.Add(typed));
        Assert.NotNull(record.Add(typed));
        var session = record.Sessions().Single(s => s.HeadsetId == "room-a");
        Assert.Equal(3, record.Entries(session.Id).Count);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_session_ends_with_the_phase_and_the_next_line_opens_a_new_one_which_survives_a_restart(RecordStoreKind store)
    {
        var database = await _stores.NewAsync(store);
        using (var record = SessionRecord.Open(database))
        {
            record.Add(new NewEntry("room-a", T0, EntryKinds.Command, "setDarkness", "clara", "darkness to 0.5"));
            record.EndSession("room-a", T0.AddMinutes(90));
            record.Add(new NewEntry("room-a", T0.AddMinutes(120), EntryKinds.Command, "loadPreset", "clara", "load preset night-sky"));
        }

        using var reopened = SessionRecord.Open(database);
        reopened.Add(new NewEntry("room-a", T0.AddMinutes(121), EntryKinds.Outcome, "applied", "headset", "applied"));
        var sessions = reopened.Sessions();
        Assert.Equal(2, sessions.Count);
        Assert.Equal(T0.AddMinutes(90), sessions[1].EndedAt);
        Assert.Equal(2, sessions[0].Entries);
        Assert.Equal(sessions[0], reopened.FindSession(sessions[0].Id));
        Assert.Null(reopened.FindSession(999));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_new_password_closes_every_sign_in_of_that_clinician_and_the_same_name_is_not_added_twice(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        Assert.True(record.AddClinician("clara", "hash-1", T0));
        record.OpenSignIn("s-1", "clara", T0.AddMinutes(1));
        Assert.True(record.IsSignInOpen("s-1", "clara"));
        Assert.False(record.IsSignInOpen("s-1", "bob"));
        Assert.False(record.AddClinician("clara", "hash-2", T0.AddMinutes(2)));
        Assert.Equal("hash-2", record.PasswordHashOf("clara"));
        Assert.False(record.IsSignInOpen("s-1", "clara"));
        record.OpenSignIn("s-2", "clara", T0.AddMinutes(3));
        record.CloseSignIn("s-2");
        Assert.False(record.IsSignInOpen("s-2", "clara"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_command_and_its_outcome_are_found_again_as_the_card_showed_them(RecordStoreKind store)
    {
        using var record = await _stores.OpenNewAsync(store);
        record.Add(new NewEntry("room-a", T0, EntryKinds.Command, "setDarkness", "clara", "darkness to 0.7 over 20 s") { Reference = "c-1" });
        var outcome = record.Add(new NewEntry("room-a", T0.AddSeconds(1), EntryKinds.Outcome, "slowed", "headset",
            "darkness to 0.7 over 20 s: slowed: the light takes at least 8 s") { Reference = "c-1", Value = 12.5 })!;

        var (command, found) = record.FindOutcome(outcome.Id)!.Value;
        var report = KapImmersive.Console.Live.CommandReport.FromRecord(command, found);
        Assert.Equal(new KapImmersive.Console.Live.CommandReport("room-a", "c-1", "setDarkness", "darkness to 0.7 over 20 s", "slowed", "the light takes at least 8 s", "clara",
            T0.AddSeconds(1), 12.5), report);
        Assert.Equal(found.Text, report.RecordText);
    }

    [Fact]
    public async Task Exports_are_the_same_from_either_store()
    {
        var exports = new List<string>();
        foreach (var store in new[] { RecordStoreKind.Sqlite, RecordStoreKind.PostgreSql })
        {
            using var record = await _stores.OpenNewAsync(store);
            record.Add(new NewEntry("room-a", T0.AddSeconds(30), EntryKinds.Vitals, "vitals", "sensor", "heart rate 71/min") { Value = 71.25 });
            record.AddEvent(new NewEntry("room-a", T0.AddSeconds(10), EntryKinds.Event, "helpRequested", "patient", "help requested (button)") { Reference = "room-a-1" },
                "helpRequested", out _);
            record.Add(new NewEntry("room-a", T0.AddSeconds(20.5), EntryKinds.Command, "showMessage", "clara", "=1+1 \"quoted\", ünïcödé") { Reference = "c-1" });
            var session = Assert.Single(record.Sessions());
            exports.Add(RecordExport.ToCsv(record.Entries(session.Id)) + RecordExport.ToJson(session, record.Entries(session.Id)));
        }

        Assert.Equal(exports[0], exports[1]);
        Assert.Contains("2026-11-25T09:00:20.5000000+00:00", exports[0], StringComparison.Ordinal);
    }
}
