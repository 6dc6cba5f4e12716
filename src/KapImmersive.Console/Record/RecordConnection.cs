using System.Data.Common;

namespace KapImmersive.Console.Record;

/// <summary>
/// One connection for one piece of work: statements with named parameters (@name), a transaction that commits or
/// rolls back whole, notices to the other consoles that leave with the commit, and instants as the store keeps them.
/// </summary>
internal sealed class RecordConnection(RecordStore store, DbConnection connection, Action release) : IDisposable
{
    private DbTransaction? _transaction;

    public RecordDialect Dialect => store.Dialect;

    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _transaction = connection.BeginTransaction();
        try
        {
            var result = work();
            _transaction.Commit();
            return result;
        }
        catch
        {
            _transaction.Rollback();
            throw;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public DbCommand Command(string sql, params (string Name, object? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Every statement is constant text; values go in as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.Transaction = _transaction;
        foreach (var (name, value) in values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public int Execute(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteNonQuery();
    }

    public object? Scalar(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql, values);
        return command.ExecuteScalar();
    }

    public List<T> ReadAll<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var command = Command(sql, values);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Tells every other console sharing the record, once this transaction commits (nothing where there are none).</summary>
    public void Notify(RecordNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (Dialect.Notify is { } sql)
        {
            Execute(sql, ("@notice", notice.ToString()));
        }
    }

    public object Stamp(DateTimeOffset at) => store.Stamp(at);

    public object? Stamp(DateTimeOffset? at) => at is { } value ? store.Stamp(value) : null;

    public DateTimeOffset ReadStamp(DbDataReader reader, int ordinal) => store.ReadStamp(reader, ordinal);

    public DateTimeOffset? ReadOptionalStamp(DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : store.ReadStamp(reader, ordinal);
    }

    public void Dispose() => release();
}
