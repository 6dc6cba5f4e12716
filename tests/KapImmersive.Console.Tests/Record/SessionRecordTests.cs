using KapImmersive.Console.Record;

namespace KapImmersive.Console.Tests.Record;

public sealed class SessionRecordTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kap-console-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void An_event_delivered_twice_is_recorded_once_with_its_alert_once()
    {
        using var record = new SessionRecord(Path.Combine(_folder, "r.db"));
        var help = new NewEntry("room-a", T0, EntryKinds.Event, "helpRequested", "patient", "help requested") { Reference = "e-1" };
        Assert.NotNull(record.AddEvent(help, alertType: "helpRequested", out var first));
        Assert.Null(record.AddEvent(help, alertType: "helpRequested", out var again));
        Assert.True(first);
        Assert.False(again);
        Assert.Equal(1, record.CountEvent("room-a", "e-1"));
        Assert.Single(record.OpenAlerts());
    }

    [Fact]
    public void An_acknowledgement_closes_the_alert_once_and_records_who()
    {
        using var record = new SessionRecord(Path.Combine(_folder, "r.db"));
        var id = record.RaiseAlert("room-a", "linkLost", "lost the link", T0, null);
        Assert.True(record.Acknowledge(id, "clara", T0.AddSeconds(4)));
        Assert.False(record.Acknowledge(id, "bob", T0.AddSeconds(5)));
        Assert.Empty(record.OpenAlerts());
        var session = Assert.Single(record.Sessions());
        Assert.Contains(record.Entries(session.Id), e => e is { Kind: EntryKinds.Acknowledgement, Who: "clara" });
    }

    [Fact]
    public void A_session_ends_with_the_phase_and_the_next_line_opens_a_new_one_which_survives_a_restart()
    {
        var path = Path.Combine(_folder, "r.db");
        using (var record = new SessionRecord(path))
        {
            record.Add(new NewEntry("room-a", T0, EntryKinds.Command, "setDarkness", "clara", "darkness to 0.5"));
            record.EndSession("room-a", T0.AddMinutes(90));
            record.Add(new NewEntry("room-a", T0.AddMinutes(120), EntryKinds.Command, "loadPreset", "clara", "load preset night-sky"));
        }

        using var reopened = new SessionRecord(path);
        reopened.Add(new NewEntry("room-a", T0.AddMinutes(121), EntryKinds.Outcome, "applied", "headset", "applied"));
        var sessions = reopened.Sessions();
        Assert.Equal(2, sessions.Count);
        Assert.NotNull(sessions[1].EndedAt);
        Assert.Equal(2, sessions[0].Entries);
    }

    [Fact]
    public void Csv_export_quotes_every_cell_and_defuses_spreadsheet_formulas()
    {
        var csv = RecordExport.ToCsv([new RecordEntry(1, 1, "room-a", T0, EntryKinds.Command, "showMessage", "clara", "=HYPERLINK(\"x\")", null, -3)]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"-3\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\n@SUM(A1)", "'\n@SUM(A1)")]
    [InlineData("+41 79 555", "'+41 79 555")]
    public void Csv_export_defuses_a_formula_behind_a_leading_tab_or_line_break(string text, string exported)
    {
        var csv = RecordExport.ToCsv([new RecordEntry(1, 1, "room-a", T0, EntryKinds.Command, "showMessage", "clara", text)]);
        Assert.Contains($",\"{exported}\",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_export_quotes_its_header_and_lists_lines_in_time_order_whatever_order_they_arrived_in()
    {
        var late = new RecordEntry(1, 1, "room-a", T0.AddMinutes(2), EntryKinds.Command, "setDarkness", "clara", "second");
        var early = new RecordEntry(2, 1, "room-a", T0.AddMinutes(1), EntryKinds.Event, "helpRequested", "patient", "first, from the outbox");
        var lines = RecordExport.ToCsv([late, early]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"at\",\"headset\",\"kind\",\"type\",\"who\",\"text\",\"reference\",\"value\"", lines[0]);
        Assert.Contains("first, from the outbox", lines[1], StringComparison.Ordinal);
        Assert.Contains("second", lines[2], StringComparison.Ordinal);
    }
}
