namespace KapImmersive.Console.Record;

/// <summary>
/// One step of the record's schema, written once for both engines: {id}, {stamp} and {real} stand for the column
/// types <see cref="RecordDialect"/> gives each. Applied in its version's order and never changed once released.
/// </summary>
internal sealed record RecordMigration(int Version, string Name, string Sql);
