using System.Data.Common;

namespace KapImmersive.Console.Record;

/// <summary>
/// The engine under the record: hands out a connection for one piece of work and converts instants to and from its
/// columns. Its <see cref="Dialect"/> holds the SQL that differs.
/// </summary>
internal abstract class RecordStore : IDisposable
{
    protected RecordStore(RecordLocation location, RecordDialect dialect)
    {
        Location = location;
        Dialect = dialect;
    }

    public RecordLocation Location { get; }

    public RecordDialect Dialect { get; }

    public static RecordStore Open(RecordLocation location, bool fullSync)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.Kind == RecordStoreKind.Sqlite ? new SqliteRecordStore(location, fullSync) : new PostgresRecordStore(location);
    }

    /// <summary>A connection for one piece of work; disposing it gives it back.</summary>
    public abstract RecordConnection Connect();

    public abstract object Stamp(DateTimeOffset at);

    public abstract DateTimeOffset ReadStamp(DbDataReader reader, int ordinal);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
