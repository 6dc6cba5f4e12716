using System.Diagnostics.CodeAnalysis;
using Npgsql;

namespace KapImmersive.Console.Record;

/// <summary>
/// Where the record is, from one setting (Kap:Clinic:Database): a SQLite file's path, or a PostgreSQL connection string
/// in Npgsql's form (Host=...;Port=...;Database=...;Username=...;Password=...). Anything naming a Host is PostgreSQL.
/// </summary>
public sealed record RecordLocation(RecordStoreKind Kind, string Value)
{
    private const string PostgreSqlForm = "Host=HOST;Port=5432;Database=NAME;Username=USER;Password=PASSWORD";

    public static RecordLocation Parse(string text) =>
        TryParse(text, out var location, out var problem) ? location : throw new ArgumentException(problem, nameof(text));

    public static bool TryParse(string? text, [NotNullWhen(true)] out RecordLocation? location, [NotNullWhen(false)] out string? problem)
    {
        location = null;
        problem = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            problem = $"is empty; give a SQLite file's path or a PostgreSQL connection string ({PostgreSqlForm})";
        }
        else if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"is a URL, which is not read here; write the PostgreSQL connection as {PostgreSqlForm}";
        }
        else if (!NamesAHost(value))
        {
            location = new RecordLocation(RecordStoreKind.Sqlite, value);
        }
        else
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(value);
                if (string.IsNullOrWhiteSpace(builder.Host))
                {
                    problem = $"names no Host; write the PostgreSQL connection as {PostgreSqlForm}";
                }
                else
                {
                    location = new RecordLocation(RecordStoreKind.PostgreSql, value);
                }
            }
            catch (ArgumentException ex)
            {
                problem = $"is not a PostgreSQL connection string ({ex.Message}); write it as {PostgreSqlForm}";
            }
        }

        return location is not null;
    }

    /// <summary>Where the record is, fit for a log line: the file, or the server and database (never the password).</summary>
    public string Describe()
    {
        if (Kind == RecordStoreKind.Sqlite)
        {
            return $"SQLite file {Path.GetFullPath(Value)}";
        }

        var builder = new NpgsqlConnectionStringBuilder(Value);
        return $"PostgreSQL database '{builder.Database ?? builder.Username}' on {builder.Host}:{builder.Port} as '{builder.Username}'";
    }

    public override string ToString() => Describe();

    private static bool NamesAHost(string value) =>
        value.Split(';').Any(part => part.Split('=', 2) is [var key, _] && key.Trim() is var name
            && (name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Server", StringComparison.OrdinalIgnoreCase)));
}
