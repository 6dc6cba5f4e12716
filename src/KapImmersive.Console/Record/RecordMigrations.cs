namespace KapImmersive.Console.Record;

/// <summary>
/// The record's schema: every table and index, as the steps that made it. Each console applies the steps its record
/// lacks when it starts (<see cref="RecordMigrator"/>). A new table or column is a new step at the end.
/// </summary>
internal static class RecordMigrations
{
    public static readonly IReadOnlyList<RecordMigration> All =
    [
        new(1, "sessions, their lines, alerts, clinicians and sign-ins", """
            CREATE TABLE IF NOT EXISTS sessions (
                id {id},
                headset_id TEXT NOT NULL,
                started_at {stamp} NOT NULL,
                ended_at {stamp} NULL);
            CREATE TABLE IF NOT EXISTS entries (
                id {id},
                session_id BIGINT NOT NULL REFERENCES sessions(id),
                headset_id TEXT NOT NULL,
                at {stamp} NOT NULL,
                kind TEXT NOT NULL,
                type TEXT NOT NULL,
                who TEXT NOT NULL,
                text TEXT NOT NULL,
                reference TEXT NULL,
                value {real} NULL);
            CREATE INDEX IF NOT EXISTS entries_by_session ON entries(session_id, id);
            CREATE UNIQUE INDEX IF NOT EXISTS events_once ON entries(headset_id, reference) WHERE kind = 'event';
            CREATE TABLE IF NOT EXISTS alerts (
                id {id},
                session_id BIGINT NOT NULL REFERENCES sessions(id),
                headset_id TEXT NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL,
                raised_at {stamp} NOT NULL,
                acknowledged_at {stamp} NULL,
                acknowledged_by TEXT NULL);
            CREATE TABLE IF NOT EXISTS clinicians (
                name TEXT PRIMARY KEY,
                password_hash TEXT NOT NULL,
                created_at {stamp} NOT NULL);
            CREATE TABLE IF NOT EXISTS sign_ins (
                id TEXT PRIMARY KEY,
                clinician TEXT NOT NULL,
                opened_at {stamp} NOT NULL);
            """),

        // Several consoles write one record: a headset's open session is found in the record (one at a time), what
        // every console hears from the broker (presence, head motion, sensor vitals) is kept once by a key of its
        // own, and a headset has one open lost-link alert at a time. A record from before may hold an older open
        // session that nothing would ever close again: it ends at its last line.
        new(2, "several consoles share one record", """
            UPDATE sessions SET ended_at = COALESCE((SELECT MAX(e.at) FROM entries e WHERE e.session_id = sessions.id), started_at)
                WHERE ended_at IS NULL
                AND id < (SELECT MAX(o.id) FROM sessions o WHERE o.headset_id = sessions.headset_id AND o.ended_at IS NULL);
            CREATE UNIQUE INDEX sessions_open_once ON sessions(headset_id) WHERE ended_at IS NULL;
            ALTER TABLE entries ADD COLUMN once_key TEXT NULL;
            CREATE UNIQUE INDEX entries_once ON entries(headset_id, once_key) WHERE once_key IS NOT NULL;
            ALTER TABLE alerts ADD COLUMN open_key TEXT NULL;
            CREATE UNIQUE INDEX alerts_open_once ON alerts(headset_id, open_key) WHERE open_key IS NOT NULL;
            CREATE INDEX alerts_open ON alerts(id) WHERE acknowledged_at IS NULL;
            """),

        // Standalone headsets paired from the dashboard: the hash of each one's broker password, so its account comes
        // back after a restart, and who revoked it when.
        new(3, "paired standalone headsets", """
            CREATE TABLE IF NOT EXISTS paired_headsets (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                paired_at {stamp} NOT NULL,
                paired_by TEXT NOT NULL,
                revoked_at {stamp} NULL,
                revoked_by TEXT NULL);
            """),
    ];
}
