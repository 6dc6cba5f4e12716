using System.Globalization;
using KapImmersive.Console.Record;
using KapImmersive.Console.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Tests.Record;

/// <summary>The schema steps every console applies as it starts, on either store.</summary>
[Collection(PostgresGroup.Name)]
public sealed class RecordMigrationTests(PostgresFixture postgres) : IDisposable
{
    /// <summary>The tables exactly as consoles made them before the record had schema steps.</summary>
    private const string SchemaBeforeSteps = """
        CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, headset_id TEXT NOT NULL, started_at TEXT NOT NULL, ended_at TEXT NULL);
        CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL REFERENCES sessions(id), headset_id TEXT NOT NULL,
            at TEXT NOT NULL, kind TEXT NOT NULL, type TEXT NOT NULL, who TEXT NOT NULL, text TEXT NOT NULL, reference TEXT NULL, value REAL NULL);
        CREATE INDEX entries_by_session ON entries(session_id, id);
        CREATE UNIQUE INDEX events_once ON entries(headset_id, reference) WHERE kind = 'event';
        CREATE TABLE alerts (id INTEGER PRIMARY KEY AUTOINCREMENT, session_id INTEGER NOT NULL REFERENCES sessions(id), headset_id TEXT NOT NULL,
            type TEXT NOT NULL, text TEXT NOT NULL, raised_at TEXT NOT NULL, acknowledged_at TEXT NULL, acknowledged_by TEXT NULL);
        CREATE TABLE clinicians (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE sign_ins (id TEXT PRIMARY KEY, clinician TEXT NOT NULL, opened_at TEXT NOT NULL);
        INSERT INTO sessions (headset_id, started_at) VALUES ('room-a', '2026-11-20T09:00:00.0000000+00:00');
        INSERT INTO entries (session_id, headset_id, at, kind, type, who, text) VALUES (1, 'room-a', '2026-11-20T09:05:00.0000000+00:00', 'command', 'setDarkness', 'clara', 'darkness to 0.5');
        INSERT INTO sessions (headset_id, started_at) VALUES ('room-a', '2026-11-24T09:00:00.0000000+00:00');
        INSERT INTO entries (session_id, headset_id, at, kind, type, who, reference, text) VALUES (2, 'room-a', '2026-11-24T09:01:00.0000000+00:00', 'event', 'helpRequested', 'patient', 'room-a-1', 'help requested (button)');
        INSERT INTO alerts (session_id, headset_id, type, text, raised_at) VALUES (2, 'room-a', 'helpRequested', 'help requested (button)', '2026-11-24T09:01:00.0000000+00:00');
        INSERT INTO clinicians (name, password_hash, created_at) VALUES ('clara', 'hash', '2026-11-01T08:00:00.0000000+00:00');
        """;

    private readonly RecordStores _stores = new(postgres);

    public static TheoryData<RecordStoreKind> Stores => RecordStores.Both;

    public void Dispose() => _stores.Dispose();

    [Fact]
    public void A_record_kept_before_schema_steps_existed_is_brought_up_to_date_keeping_every_line()
    {
        var path = Path.Combine(_stores.Folder, "before.db");
        using (var old = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            create.CommandText = SchemaBeforeSteps;
            create.ExecuteNonQuery();
        }

        using var record = SessionRecord.Open(path);
        Assert.Equal(RecordMigrations.All.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Version} ({m.Name})")), record.Migrated);
        Assert.Equal("hash", record.PasswordHashOf("clara"));
        Assert.Equal(1, record.CountEvent("room-a", "room-a-1"));
        Assert.Single(record.OpenAlerts());
        var sessions = record.Sessions();
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 5, 0, TimeSpan.Zero), sessions.Single(s => s.Id == 1).EndedAt);
        Assert.Null(sessions.Single(s => s.Id == 2).EndedAt);
        Assert.Equal(2, record.Add(new NewEntry("room-a", DateTimeOffset.UtcNow, EntryKinds.Command, "setVolume", "clara", "volume to 0.4"))?.SessionId);

        using var again = SessionRecord.Open(path);
        Assert.Empty(again.Migrated);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_record_a_newer_console_has_moved_on_is_refused_with_what_to_do(RecordStoreKind store)
    {
        var database = await _stores.NewAsync(store);
        using (var record = SessionRecord.Open(database))
        {
            using var connection = record.Store.Connect();
            connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', @at)", ("@at", connection.Stamp(DateTimeOffset.UtcNow)));
        }

        var refused = Assert.Throws<RecordOpeningException>(() => SessionRecord.Open(database));
        Assert.Contains("schema version 99 by a newer console", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Update this console", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Consoles_starting_together_apply_each_step_once(RecordStoreKind store)
    {
        var database = await _stores.NewAsync(store);
        var records = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SessionRecord.Open(database))));
        try
        {
            Assert.Single(records, r => r.Migrated.Count > 0);
            using var connection = records[0].Store.Connect();
            Assert.Equal(RecordMigrations.All.Select(m => m.Version),
                connection.ReadAll("SELECT version FROM schema_migrations ORDER BY version", r => Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture)));
        }
        finally
        {
            Array.ForEach(records, r => r.Dispose());
        }
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_step_that_fails_leaves_the_record_as_it_was_and_names_itself(RecordStoreKind store)
    {
        var database = await _stores.NewAsync(store);
        RecordMigration[] steps = [new(1, "a table", "CREATE TABLE notes (id {id}, at {stamp} NOT NULL)"), new(2, "a typo", "CREATE TABLE broken (id {id},)")];
        using var engine = RecordStore.Open(RecordLocation.Parse(database), fullSync: false);

        var failed = Assert.Throws<RecordOpeningException>(() => RecordMigrator.Apply(engine, steps, DateTimeOffset.UtcNow));
        Assert.StartsWith($"schema step 2 (a typo) failed on {engine.Dialect.Name}, so the record is left as it was", failed.Message, StringComparison.Ordinal);
        Assert.Equal(["1 (a table)"], RecordMigrator.Apply(engine, steps[..1], DateTimeOffset.UtcNow));
    }
}
