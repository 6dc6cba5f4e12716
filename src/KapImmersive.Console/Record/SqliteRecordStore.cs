using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Record;

/// <summary>
/// The record in one SQLite file, for one console: one connection, one piece of work at a time (a write transaction
/// begins IMMEDIATE, so it holds the file's write lock from its first statement). Instants are ISO 8601 text in UTC.
/// </summary>
internal sealed class SqliteRecordStore : RecordStore
{
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public SqliteRecordStore(RecordLocation location, bool fullSync)
        : base(location, RecordDialect.Sqlite)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(location.Value));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = location.Value, Pooling = false }.ToString());
        _connection.Open();
        using var settings = Connect();
        settings.Execute(Dialect.OnOpen!(fullSync));
    }

    public override RecordConnection Connect()
    {
        _gate.Enter();
        return new RecordConnection(this, _connection, _gate.Exit);
    }

    public override object Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadStamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return DateTimeOffset.Parse(reader.GetString(ordinal), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }
    }
}
