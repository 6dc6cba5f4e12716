namespace KapImmersive.Console.Record;

/// <summary>The engines the record runs on: a SQLite file for one console, PostgreSQL for any number of them.</summary>
public enum RecordStoreKind
{
    Sqlite,
    PostgreSql,
}
