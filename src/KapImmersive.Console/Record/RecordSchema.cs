using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Record;

/// <summary>The record's tables. The unique index on event ids is what keeps a redelivered event once.</summary>
internal static class RecordSchema
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            headset_id TEXT NOT NULL,
            started_at TEXT NOT NULL,
            ended_at TEXT NULL);
        CREATE TABLE IF NOT EXISTS entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            headset_id TEXT NOT NULL,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            type TEXT NOT NULL,
            who TEXT NOT NULL,
            text TEXT NOT NULL,
            reference TEXT NULL,
            value REAL NULL);
        CREATE INDEX IF NOT EXISTS entries_by_session ON entries(session_id, id);
        CREATE UNIQUE INDEX IF NOT EXISTS events_once ON entries(headset_id, reference) WHERE kind = 'event';
        CREATE TABLE IF NOT EXISTS alerts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            headset_id TEXT NOT NULL,
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            acknowledged_at TEXT NULL,
            acknowledged_by TEXT NULL);
        CREATE TABLE IF NOT EXISTS clinicians (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS sign_ins (
            id TEXT PRIMARY KEY,
            clinician TEXT NOT NULL,
            opened_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS paired_headsets (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            paired_at TEXT NOT NULL,
            paired_by TEXT NOT NULL,
            revoked_at TEXT NULL,
            revoked_by TEXT NULL);
        """;

    /// <summary>
    /// WAL with synchronous=NORMAL: a committed write survives the process being killed (the log is in the OS's hands);
    /// FULL would add an fsync per event for power loss, which a clinic can turn on in configuration.
    /// </summary>
    public static SqliteConnection Open(string path, bool fullSync)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={(fullSync ? "FULL" : "NORMAL")}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
        return connection;
    }

    public static void Ensure(SqliteConnection connection) => Execute(connection, Create);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant schema text, no input in it.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
