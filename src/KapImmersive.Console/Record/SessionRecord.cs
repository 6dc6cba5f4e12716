using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Record;

/// <summary>
/// The session record in SQLite: each write is committed before it returns, so whatever the console has acknowledged
/// (an MQTT event, a clinician's click) is on disk first. One connection, one writer at a time.
/// </summary>
public sealed partial class SessionRecord : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _openSessions = new(StringComparer.Ordinal);

    public SessionRecord(string path, bool fullSync = false)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = RecordSchema.Open(path, fullSync);
        RecordSchema.Ensure(_connection);
        using var open = Command("SELECT headset_id, MAX(id) FROM sessions WHERE ended_at IS NULL GROUP BY headset_id");
        using var reader = open.ExecuteReader();
        while (reader.Read())
        {
            _openSessions[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    /// <summary>Adds a line; null when it is an event already recorded (same headset, same event id).</summary>
    public RecordEntry? Add(NewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            var session = SessionFor(entry.HeadsetId, entry.At);
            using var insert = Command("""
                INSERT OR IGNORE INTO entries (session_id, headset_id, at, kind, type, who, text, reference, value)
                VALUES ($s, $h, $at, $k, $t, $w, $x, $r, $v) RETURNING id
                """);
            Bind(insert, ("$s", session), ("$h", entry.HeadsetId), ("$at", Stamp(entry.At)), ("$k", entry.Kind), ("$t", entry.Type),
                ("$w", entry.Who), ("$x", entry.Text), ("$r", entry.Reference), ("$v", entry.Value));
            return insert.ExecuteScalar() is long id
                ? new RecordEntry(id, session, entry.HeadsetId, entry.At, entry.Kind, entry.Type, entry.Who, entry.Text, entry.Reference, entry.Value)
                : null;
        }
    }

    /// <summary>
    /// Adds an event's line and, when <paramref name="alertType"/> is set, its alert, in one transaction: a redelivered
    /// event finds both or neither. <paramref name="added"/> is false when the event was recorded before.
    /// </summary>
    public OpenAlert? AddEvent(NewEntry entry, string? alertType, out bool added)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_gate)
        {
            (bool Added, OpenAlert? Alert) result = InTransaction<(bool, OpenAlert?)>(() =>
            {
                var session = SessionFor(entry.HeadsetId, entry.At);
                using var insert = Command("""
                    INSERT OR IGNORE INTO entries (session_id, headset_id, at, kind, type, who, text, reference)
                    VALUES ($s, $h, $at, $k, $t, $w, $x, $r) RETURNING id
                    """);
                Bind(insert, ("$s", session), ("$h", entry.HeadsetId), ("$at", Stamp(entry.At)), ("$k", entry.Kind), ("$t", entry.Type),
                    ("$w", entry.Who), ("$x", entry.Text), ("$r", entry.Reference));
                if (insert.ExecuteScalar() is not long)
                {
                    return (false, null);
                }

                return (true, alertType is null ? null : InsertAlert(session, entry.HeadsetId, alertType, entry.Text, entry.At, entry.Reference));
            });
            added = result.Added;
            return result.Alert;
        }
    }

    /// <summary>Records an alert and its line in one transaction; returns the alert's id.</summary>
    public long RaiseAlert(string headsetId, string type, string text, DateTimeOffset at, string? reference)
    {
        lock (_gate)
        {
            return InTransaction(() => InsertAlert(SessionFor(headsetId, at), headsetId, type, text, at, reference).Id);
        }
    }

    /// <summary>Marks an open alert acknowledged by <paramref name="who"/>; false if there is no such open alert.</summary>
    public bool Acknowledge(long alertId, string who, DateTimeOffset at)
    {
        lock (_gate)
        {
            return InTransaction(() =>
            {
                using var update = Command("""
                    UPDATE alerts SET acknowledged_at = $at, acknowledged_by = $w WHERE id = $id AND acknowledged_at IS NULL
                    RETURNING session_id, headset_id, type
                    """);
                Bind(update, ("$at", Stamp(at)), ("$w", who), ("$id", alertId));
                long session;
                string headset, type;
                using (var reader = update.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        return false;
                    }

                    (session, headset, type) = (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
                }

                InsertLine(session, headset, at, EntryKinds.Acknowledgement, type, who, $"{type} acknowledged by {who}", $"alert-{alertId}");
                return true;
            });
        }
    }

    /// <summary>Closes the headset's open session; its next line opens a new one.</summary>
    public void EndSession(string headsetId, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (_openSessions.Remove(headsetId, out var session))
            {
                using var update = Command("UPDATE sessions SET ended_at = $at WHERE id = $id");
                Bind(update, ("$at", Stamp(at)), ("$id", session));
                update.ExecuteNonQuery();
            }
        }
    }

    public void Dispose() => _connection.Dispose();

    private long SessionFor(string headsetId, DateTimeOffset at)
    {
        if (_openSessions.TryGetValue(headsetId, out var open))
        {
            return open;
        }

        using var insert = Command("INSERT INTO sessions (headset_id, started_at) VALUES ($h, $at) RETURNING id");
        Bind(insert, ("$h", headsetId), ("$at", Stamp(at)));
        var id = (long)insert.ExecuteScalar()!;
        _openSessions[headsetId] = id;
        return id;
    }

    private OpenAlert InsertAlert(long session, string headsetId, string type, string text, DateTimeOffset at, string? reference)
    {
        using var insert = Command("INSERT INTO alerts (session_id, headset_id, type, text, raised_at) VALUES ($s, $h, $t, $x, $at) RETURNING id");
        Bind(insert, ("$s", session), ("$h", headsetId), ("$t", type), ("$x", text), ("$at", Stamp(at)));
        var id = (long)insert.ExecuteScalar()!;
        InsertLine(session, headsetId, at, EntryKinds.Alert, type, "console", text, reference is null ? $"alert-{id}" : $"alert-{id} for {reference}");
        return new OpenAlert(id, headsetId, type, text, at);
    }

    private void InsertLine(long session, string headsetId, DateTimeOffset at, string kind, string type, string who, string text, string reference)
    {
        using var insert = Command("""
            INSERT INTO entries (session_id, headset_id, at, kind, type, who, text, reference) VALUES ($s, $h, $at, $k, $t, $w, $x, $r)
            """);
        Bind(insert, ("$s", session), ("$h", headsetId), ("$at", Stamp(at)), ("$k", kind), ("$t", type), ("$w", who), ("$x", text), ("$r", reference));
        insert.ExecuteNonQuery();
    }
}
