using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Record;

/// <summary>Reading the record back: sessions, a session's lines, open alerts.</summary>
public sealed partial class SessionRecord
{
    public IReadOnlyList<SessionSummary> Sessions()
    {
        lock (_gate)
        {
            using var query = Command("""
                SELECT s.id, s.headset_id, s.started_at, s.ended_at, (SELECT COUNT(*) FROM entries e WHERE e.session_id = s.id)
                FROM sessions s ORDER BY s.id DESC
                """);
            return ReadAll(query, r => new SessionSummary(r.GetInt64(0), r.GetString(1), ReadStamp(r.GetString(2)),
                r.IsDBNull(3) ? null : ReadStamp(r.GetString(3)), r.GetInt64(4)));
        }
    }

    public IReadOnlyList<RecordEntry> Entries(long sessionId)
    {
        lock (_gate)
        {
            using var query = Command("""
                SELECT id, session_id, headset_id, at, kind, type, who, text, reference, value FROM entries WHERE session_id = $s ORDER BY at, id
                """);
            Bind(query, ("$s", sessionId));
            return ReadAll(query, r => new RecordEntry(r.GetInt64(0), r.GetInt64(1), r.GetString(2), ReadStamp(r.GetString(3)), r.GetString(4),
                r.GetString(5), r.GetString(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetDouble(9)));
        }
    }

    public IReadOnlyList<OpenAlert> OpenAlerts()
    {
        lock (_gate)
        {
            using var query = Command("SELECT id, headset_id, type, text, raised_at FROM alerts WHERE acknowledged_at IS NULL ORDER BY id");
            return ReadAll(query, r => new OpenAlert(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), ReadStamp(r.GetString(4))));
        }
    }

    /// <summary>How many lines hold this event: the durability test expects exactly one.</summary>
    public long CountEvent(string headsetId, string eventId)
    {
        lock (_gate)
        {
            using var query = Command("SELECT COUNT(*) FROM entries WHERE kind = 'event' AND headset_id = $h AND reference = $r");
            Bind(query, ("$h", headsetId), ("$r", eventId));
            return (long)query.ExecuteScalar()!;
        }
    }

    private static List<T> ReadAll<T>(SqliteCommand query, Func<SqliteDataReader, T> read)
    {
        var rows = new List<T>();
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
