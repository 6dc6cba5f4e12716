using System.Data.Common;
using Npgsql;

namespace KapImmersive.Console.Record;

/// <summary>
/// The record in PostgreSQL, shared by any number of consoles: each piece of work takes a connection from Npgsql's
/// pool, so requests and the MQTT intake run side by side; the unique indexes, not a lock in this process, keep an
/// event once. Instants are timestamptz (kept to the microsecond).
/// </summary>
internal sealed class PostgresRecordStore : RecordStore
{
    private readonly NpgsqlDataSource _source;

    public PostgresRecordStore(RecordLocation location)
        : base(location, RecordDialect.PostgreSql)
    {
        var builder = new NpgsqlConnectionStringBuilder(location.Value);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "kap-console";
        }

        _source = NpgsqlDataSource.Create(builder);
    }

    public override RecordConnection Connect()
    {
        var connection = _source.OpenConnection();
        return new RecordConnection(this, connection, connection.Dispose);
    }

    /// <summary>A connection of its own for LISTEN, outside the pool's turn-taking; the caller keeps it open.</summary>
    public ValueTask<NpgsqlConnection> ListenerAsync(CancellationToken cancellationToken) => _source.OpenConnectionAsync(cancellationToken);

    public override object Stamp(DateTimeOffset at) => at.ToUniversalTime();

    public override DateTimeOffset ReadStamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.GetFieldValue<DateTimeOffset>(ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _source.Dispose();
        }
    }
}
