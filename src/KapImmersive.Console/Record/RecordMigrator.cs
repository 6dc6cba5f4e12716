using System.Globalization;

namespace KapImmersive.Console.Record;

/// <summary>
/// Brings a record up to date when a console starts: the steps it lacks, in order, in one transaction with the list
/// of applied steps (schema_migrations: version, name, when), so a failed step leaves the record as it was and the
/// next start tries again. Consoles starting together take turns (an advisory lock on PostgreSQL, the write lock on
/// SQLite). A record some newer console has moved past is refused rather than written in a shape this one does not know.
/// </summary>
internal static class RecordMigrator
{
    private const string Table = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at {stamp} NOT NULL)
        """;

    /// <summary>Applies what is missing; returns the steps applied now ("2 several consoles share one record"), none when up to date.</summary>
    public static IReadOnlyList<string> Apply(RecordStore store, IReadOnlyList<RecordMigration> migrations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(migrations);
        using var connection = store.Connect();
        return connection.InTransaction(() =>
        {
            if (connection.Dialect.MigrationLock is { } lockSql)
            {
                connection.Execute(lockSql);
            }

            connection.Execute(connection.Dialect.Expand(Table));
            var applied = connection.ReadAll("SELECT version FROM schema_migrations", r => Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture)).ToHashSet();
            var known = migrations.Max(m => m.Version);
            if (applied.Count > 0 && applied.Max() > known)
            {
                throw new RecordOpeningException(string.Create(CultureInfo.InvariantCulture,
                    $"the record ({store.Location.Describe()}) was brought to schema version {applied.Max()} by a newer console; this one knows up to {known}. Update this console to the newer version first."));
            }

            var done = new List<string>();
            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                Run(connection, migration);
                connection.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)",
                    ("@v", migration.Version), ("@n", migration.Name), ("@at", connection.Stamp(now)));
                done.Add(string.Create(CultureInfo.InvariantCulture, $"{migration.Version} ({migration.Name})"));
            }

            return done;
        });
    }

    private static void Run(RecordConnection connection, RecordMigration migration)
    {
        try
        {
            connection.Execute(connection.Dialect.Expand(migration.Sql));
        }
        catch (System.Data.Common.DbException ex)
        {
            throw new RecordOpeningException(string.Create(CultureInfo.InvariantCulture,
                $"schema step {migration.Version} ({migration.Name}) failed on {connection.Dialect.Name}, so the record is left as it was: {ex.Message}"), ex);
        }
    }
}
