using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace KapImmersive.Console.Record;

/// <summary>
/// The session record, in SQLite or PostgreSQL: each write is committed before it returns, so whatever the console has
/// acknowledged (an MQTT event, a clinician's click) is kept first. Everything goes through the record itself, never a
/// copy in this process, so any number of consoles may share one PostgreSQL record: unique indexes keep each event
/// (and each line every console hears) once, and a headset has one open session whichever console opened it.
/// </summary>
public sealed partial class SessionRecord : IDisposable
{
    private const string InsertEntry = """
        INSERT INTO entries (session_id, headset_id, at, kind, type, who, text, reference, value, once_key)
        VALUES (@s, @h, @at, @k, @t, @w, @x, @r, @v, @o) ON CONFLICT DO NOTHING RETURNING id
        """;

    private readonly RecordStore _store;

    private SessionRecord(RecordStore store, IReadOnlyList<string> migrated)
    {
        _store = store;
        Migrated = migrated;
    }

    /// <summary>This console, as its notices to the others name it.</summary>
    public string Origin { get; } = Guid.NewGuid().ToString("N");

    public RecordLocation Location => _store.Location;

    /// <summary>True on PostgreSQL: other consoles may write the same record, and each commit tells them what changed.</summary>
    public bool IsShared => _store.Dialect.Notify is not null;

    /// <summary>The schema steps this console applied as it opened the record (none when it was up to date).</summary>
    public IReadOnlyList<string> Migrated { get; }

    internal RecordStore Store => _store;

    /// <summary>Opens the record (a SQLite path or a PostgreSQL connection string) and brings its schema up to date.</summary>
    public static SessionRecord Open(string database, bool fullSync = false, ILogger? log = null) =>
        Open(RecordLocation.TryParse(database, out var location, out var problem) ? location : throw new RecordOpeningException($"the record's location {problem}"),
            fullSync, log);

    public static SessionRecord Open(RecordLocation location, bool fullSync = false, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        RecordStore? store = null;
        try
        {
            store = RecordStore.Open(location, fullSync);
            var migrated = RecordMigrator.Apply(store, RecordMigrations.All, DateTimeOffset.UtcNow);
            var where = location.Describe();
            foreach (var step in migrated)
            {
                log?.SchemaStepApplied(step, where);
            }

            return new SessionRecord(store, migrated);
        }
        catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException or RecordOpeningException)
        {
            store?.Dispose();
            throw ex as RecordOpeningException ?? new RecordOpeningException($"cannot open the record ({location.Describe()}): {ex.Message}", ex);
        }
    }

    /// <summary>Adds a line; null when the record already has it (the same event id, or the same <see cref="NewEntry.OnceKey"/>).</summary>
    public RecordEntry? Add(NewEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = _store.Connect();
        return connection.InTransaction(() =>
        {
            var session = SessionFor(connection, entry.HeadsetId, entry.At);
            if (connection.Scalar(InsertEntry, Values(connection, session, entry)) is not long id)
            {
                return null;
            }

            if (entry.Kind == EntryKinds.Outcome)
            {
                connection.Notify(new RecordNotice(Origin, RecordChange.Outcome, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return new RecordEntry(id, session, entry.HeadsetId, entry.At, entry.Kind, entry.Type, entry.Who, entry.Text, entry.Reference, entry.Value);
        });
    }

    /// <summary>
    /// Adds an event's line and, when <paramref name="alertType"/> is set, its alert, in one transaction: a redelivered
    /// event finds both or neither, whichever console recorded it. <paramref name="added"/> is false when the event was
    /// recorded before.
    /// </summary>
    public OpenAlert? AddEvent(NewEntry entry, string? alertType, out bool added)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var connection = _store.Connect();
        (bool Added, OpenAlert? Alert) result = connection.InTransaction<(bool, OpenAlert?)>(() =>
        {
            var session = SessionFor(connection, entry.HeadsetId, entry.At);
            if (connection.Scalar(InsertEntry, Values(connection, session, entry)) is not long)
            {
                return (false, null);
            }

            return (true, alertType is null ? null : InsertAlert(connection, session, entry.HeadsetId, alertType, entry.Text, entry.At, entry.Reference, openKey: null));
        });
        added = result.Added;
        return result.Alert;
    }

    /// <summary>
    /// Records an alert and its line in one transaction. With <paramref name="oneOpenAtATime"/>, null when the headset
    /// already has an open alert of this type (another console may have raised it first).
    /// </summary>
    public OpenAlert? RaiseAlert(string headsetId, string type, string text, DateTimeOffset at, string? reference, bool oneOpenAtATime = false)
    {
        using var connection = _store.Connect();
        return connection.InTransaction(() =>
            InsertAlert(connection, SessionFor(connection, headsetId, at), headsetId, type, text, at, reference, oneOpenAtATime ? type : null));
    }

    /// <summary>Marks an open alert acknowledged by <paramref name="who"/>; false if there is no such open alert.</summary>
    public bool Acknowledge(long alertId, string who, DateTimeOffset at)
    {
        using var connection = _store.Connect();
        return connection.InTransaction(() =>
        {
            var closed = connection.ReadAll("""
                UPDATE alerts SET acknowledged_at = @at, acknowledged_by = @w, open_key = NULL WHERE id = @id AND acknowledged_at IS NULL
                RETURNING session_id, headset_id, type
                """, r => (Session: r.GetInt64(0), Headset: r.GetString(1), Type: r.GetString(2)), ("@at", connection.Stamp(at)), ("@w", who), ("@id", alertId));
            if (closed is not [var alert])
            {
                return false;
            }

            InsertLine(connection, alert.Session, alert.Headset, at, EntryKinds.Acknowledgement, alert.Type, who, $"{alert.Type} acknowledged by {who}", $"alert-{alertId}");
            connection.Notify(new RecordNotice(Origin, RecordChange.AlertCleared, alertId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return true;
        });
    }

    /// <summary>Closes the headset's open session; its next line opens a new one.</summary>
    public void EndSession(string headsetId, DateTimeOffset at)
    {
        using var connection = _store.Connect();
        connection.Execute("UPDATE sessions SET ended_at = @at WHERE headset_id = @h AND ended_at IS NULL", ("@at", connection.Stamp(at)), ("@h", headsetId));
    }

    public void Dispose() => _store.Dispose();

    /// <summary>The headset's open session, opened now if it has none; of two consoles opening one at once, one wins and both use it.</summary>
    private static long SessionFor(RecordConnection connection, string headsetId, DateTimeOffset at)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (connection.Scalar("SELECT id FROM sessions WHERE headset_id = @h AND ended_at IS NULL", ("@h", headsetId)) is long open)
            {
                return open;
            }

            if (connection.Scalar("INSERT INTO sessions (headset_id, started_at) VALUES (@h, @at) ON CONFLICT DO NOTHING RETURNING id",
                ("@h", headsetId), ("@at", connection.Stamp(at))) is long opened)
            {
                return opened;
            }
        }

        throw new InvalidOperationException($"could not find or open a session for {headsetId}: other consoles keep opening and ending it");
    }

    private OpenAlert? InsertAlert(RecordConnection connection, long session, string headsetId, string type, string text, DateTimeOffset at, string? reference,
        string? openKey)
    {
        if (connection.Scalar("""
            INSERT INTO alerts (session_id, headset_id, type, text, raised_at, open_key) VALUES (@s, @h, @t, @x, @at, @o)
            ON CONFLICT DO NOTHING RETURNING id
            """, ("@s", session), ("@h", headsetId), ("@t", type), ("@x", text), ("@at", connection.Stamp(at)), ("@o", openKey)) is not long id)
        {
            return null;
        }

        InsertLine(connection, session, headsetId, at, EntryKinds.Alert, type, "console", text, reference is null ? $"alert-{id}" : $"alert-{id} for {reference}");
        connection.Notify(new RecordNotice(Origin, RecordChange.AlertRaised, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new OpenAlert(id, headsetId, type, text, at);
    }

    private static void InsertLine(RecordConnection connection, long session, string headsetId, DateTimeOffset at, string kind, string type, string who, string text,
        string reference) =>
        connection.Execute(InsertEntry, Values(connection, session, new NewEntry(headsetId, at, kind, type, who, text) { Reference = reference }));

    private static (string, object?)[] Values(RecordConnection connection, long session, NewEntry entry) =>
    [
        ("@s", session), ("@h", entry.HeadsetId), ("@at", connection.Stamp(entry.At)), ("@k", entry.Kind), ("@t", entry.Type), ("@w", entry.Who),
        ("@x", entry.Text), ("@r", entry.Reference), ("@v", entry.Value), ("@o", entry.OnceKey),
    ];
}
