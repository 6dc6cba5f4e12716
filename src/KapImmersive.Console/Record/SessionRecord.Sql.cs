using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KapImmersive.Console.Record;

/// <summary>The record's SQL plumbing: transactions, parameters, timestamps.</summary>
public sealed partial class SessionRecord
{
    private T InTransaction<T>(Func<T> work)
    {
        using (var begin = Command("BEGIN IMMEDIATE"))
        {
            begin.ExecuteNonQuery();
        }

        try
        {
            var result = work();
            using var commit = Command("COMMIT");
            commit.ExecuteNonQuery();
            return result;
        }
        catch
        {
            using var rollback = Command("ROLLBACK");
            rollback.ExecuteNonQuery();
            throw;
        }
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
#pragma warning disable CA2100 // Every statement is constant text; values go in as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static void Bind(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ReadStamp(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
