using System.Data.Common;

namespace KapImmersive.Console.Record;

/// <summary>Reading the record back: sessions, a session's lines, alerts, a command's outcome.</summary>
public sealed partial class SessionRecord
{
    private const string EntryColumns = "id, session_id, headset_id, at, kind, type, who, text, reference, value";

    public IReadOnlyList<SessionSummary> Sessions()
    {
        using var connection = _store.Connect();
        return connection.ReadAll("""
            SELECT s.id, s.headset_id, s.started_at, s.ended_at, (SELECT COUNT(*) FROM entries e WHERE e.session_id = s.id)
            FROM sessions s ORDER BY s.id DESC
            """, r => new SessionSummary(r.GetInt64(0), r.GetString(1), connection.ReadStamp(r, 2), connection.ReadOptionalStamp(r, 3), r.GetInt64(4)));
    }

    public SessionSummary? FindSession(long sessionId)
    {
        using var connection = _store.Connect();
        return connection.ReadAll("""
            SELECT s.id, s.headset_id, s.started_at, s.ended_at, (SELECT COUNT(*) FROM entries e WHERE e.session_id = s.id)
            FROM sessions s WHERE s.id = @id
            """, r => new SessionSummary(r.GetInt64(0), r.GetString(1), connection.ReadStamp(r, 2), connection.ReadOptionalStamp(r, 3), r.GetInt64(4)),
            ("@id", sessionId)).FirstOrDefault();
    }

    public IReadOnlyList<RecordEntry> Entries(long sessionId)
    {
        using var connection = _store.Connect();
        return connection.ReadAll($"SELECT {EntryColumns} FROM entries WHERE session_id = @s ORDER BY at, id", r => ReadEntry(connection, r), ("@s", sessionId));
    }

    public IReadOnlyList<OpenAlert> OpenAlerts()
    {
        using var connection = _store.Connect();
        return connection.ReadAll("SELECT id, headset_id, type, text, raised_at FROM alerts WHERE acknowledged_at IS NULL ORDER BY id",
            r => new OpenAlert(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), connection.ReadStamp(r, 4)));
    }

    /// <summary>The alert, open or not (for another console's news of it).</summary>
    public (OpenAlert Alert, string? AcknowledgedBy)? FindAlert(long alertId)
    {
        using var connection = _store.Connect();
        return connection.ReadAll("SELECT id, headset_id, type, text, raised_at, acknowledged_by FROM alerts WHERE id = @id",
            r => ((OpenAlert, string?)?)(new OpenAlert(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), connection.ReadStamp(r, 4)),
                r.IsDBNull(5) ? null : r.GetString(5)),
            ("@id", alertId)).FirstOrDefault();
    }

    /// <summary>Alerts acknowledged at or after <paramref name="since"/>, with who acknowledged each.</summary>
    public IReadOnlyList<(long Id, string By)> AcknowledgedSince(DateTimeOffset since)
    {
        using var connection = _store.Connect();
        return connection.ReadAll("SELECT id, acknowledged_by FROM alerts WHERE acknowledged_at >= @since ORDER BY id",
            r => (r.GetInt64(0), r.IsDBNull(1) ? "" : r.GetString(1)), ("@since", connection.Stamp(since)));
    }

    /// <summary>An outcome line with the command line it answers (same session, same command id), when both are there.</summary>
    public (RecordEntry Command, RecordEntry Outcome)? FindOutcome(long outcomeEntryId)
    {
        using var connection = _store.Connect();
        var outcome = connection.ReadAll($"SELECT {EntryColumns} FROM entries WHERE id = @id AND kind = @k", r => ReadEntry(connection, r),
            ("@id", outcomeEntryId), ("@k", EntryKinds.Outcome)).FirstOrDefault();
        var command = outcome?.Reference is { } commandId
            ? connection.ReadAll($"SELECT {EntryColumns} FROM entries WHERE session_id = @s AND kind = @k AND reference = @r", r => ReadEntry(connection, r),
                ("@s", outcome.SessionId), ("@k", EntryKinds.Command), ("@r", commandId)).FirstOrDefault()
            : null;
        return outcome is not null && command is not null ? (command, outcome) : null;
    }

    /// <summary>How many lines hold this event: the durability tests expect exactly one.</summary>
    public long CountEvent(string headsetId, string eventId)
    {
        using var connection = _store.Connect();
        return Convert.ToInt64(connection.Scalar("SELECT COUNT(*) FROM entries WHERE kind = 'event' AND headset_id = @h AND reference = @r",
            ("@h", headsetId), ("@r", eventId)), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static RecordEntry ReadEntry(RecordConnection connection, DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), connection.ReadStamp(r, 3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
            r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetDouble(9));
}
